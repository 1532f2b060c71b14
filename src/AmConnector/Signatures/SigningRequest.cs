using System.Security.Claims;
using AmConnector.Common;

namespace AmConnector.Signatures;

/// <summary>
/// A person's signature for an action on a record.
/// </summary>
/// <param name="Record">The tracked record, with the action's changes applied but not saved: what is signed is the record as the action leaves it.</param>
/// <param name="Action">The policy key, <c>Entity.Action</c> (<see cref="SignedActions"/>).</param>
/// <param name="User">Who calls: must be a person (<see cref="SignerIdentity"/>) who signed in within the window.</param>
/// <param name="Reason">The signer's reason, kept on the signature.</param>
/// <param name="Meaning">The meaning the signer chose; null: the first one the policy still misses.</param>
/// <param name="PolicyVariant">Selects <c>Entity.Action.Variant</c> before <c>Entity.Action</c>, e.g. <c>Level3</c>.</param>
internal sealed record SigningRequest(
    AmEntity Record, string Action, ClaimsPrincipal User, string? Reason, SignatureMeaning? Meaning = null, string? PolicyVariant = null);
