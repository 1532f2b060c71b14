using AmConnector.Certificates;

namespace AmConnector.Webhooks.Inbound.Handlers;

/// <summary>One test line of an <c>am.coa.issued</c>.</summary>
internal sealed record CoaLine(
    string TestName, string? Method, SpecificationLimit Specification, string? ReportedResult, decimal? ReportedValue, string? ReportedUnit);
