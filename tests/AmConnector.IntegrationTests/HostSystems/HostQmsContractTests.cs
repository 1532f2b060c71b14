using System.Reflection;
using AmConnector.HostSystems;
using AmConnector.IntegrationTests.Infrastructure;
using Refit;

namespace AmConnector.IntegrationTests.HostSystems;

/// <summary>
/// <see cref="IHostQmsApi"/> is written by hand; <c>contracts/host-qms/openapi.yaml</c> is what
/// hosts implement. They must name the same operations, with the same method and path, and every
/// POST must carry an Idempotency-Key on both sides. An operation on one side only fails this.
/// </summary>
public sealed class HostQmsContractTests
{
    private static readonly string Contract = RepositoryRoot.Combine("contracts", "host-qms", "openapi.yaml");

    [Fact]
    public void The_client_interface_has_exactly_the_operations_of_the_contract()
    {
        var contract = ContractOperations(File.ReadAllLines(Contract)).Select(o => $"{o.Method} {o.Path} {o.OperationId}").Order().ToList();
        var client = ClientOperations().Select(o => $"{o.Method} {o.Path} {o.OperationId}").Order().ToList();

        Assert.NotEmpty(contract);
        Assert.Equal(contract, client);
    }

    [Fact]
    public void Every_POST_carries_an_Idempotency_Key_in_the_contract_and_in_the_client()
    {
        foreach (var operation in ContractOperations(File.ReadAllLines(Contract)).Where(o => o.Method == "POST"))
        {
            Assert.True(operation.HasIdempotencyKey, $"{operation.OperationId} in openapi.yaml has no Idempotency-Key parameter.");
        }

        foreach (var operation in ClientOperations().Where(o => o.Method == "POST"))
        {
            Assert.True(operation.HasIdempotencyKey, $"{operation.OperationId} in IHostQmsApi has no [Header(\"Idempotency-Key\")] parameter.");
        }
    }

    [Fact]
    public void The_reader_finds_an_operation_added_to_the_contract()
    {
        var lines = File.ReadAllLines(Contract).ToList();
        lines.InsertRange(lines.IndexOf("paths:") + 1, ["  /extra:", "    get:", "      operationId: getExtra", "      responses: {}"]);

        Assert.Contains(ContractOperations(lines), o => o is { Method: "GET", Path: "/extra", OperationId: "getExtra" });
    }

    /// <summary>
    /// The operations under <c>paths:</c>, read by indentation (a path at two spaces, a method at
    /// four, its fields at six): enough YAML for this file, which keeps that layout.
    /// </summary>
    internal static List<Operation> ContractOperations(IEnumerable<string> lines)
    {
        string[] methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
        var operations = new List<Operation>();
        var inPaths = false;
        string? path = null;
        Operation? current = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var indent = line.Length - line.TrimStart().Length;
            var text = line.Trim();
            if (indent == 0)
            {
                inPaths = text == "paths:";
                continue;
            }

            if (!inPaths)
            {
                continue;
            }

            if (indent == 2 && text.EndsWith(':'))
            {
                path = text[..^1].Trim('\'', '"');
                current = null;
            }
            else if (indent == 4 && text.EndsWith(':') && methods.Contains(text[..^1]))
            {
                current = new Operation(text[..^1].ToUpperInvariant(), path!, "", false);
                operations.Add(current);
            }
            else if (current is not null && indent == 6 && text.StartsWith("operationId:", StringComparison.Ordinal))
            {
                operations[^1] = current = current with { OperationId = text["operationId:".Length..].Trim() };
            }
            else if (current is not null && indent >= 8 && text.Contains("#/components/parameters/IdempotencyKey", StringComparison.Ordinal))
            {
                operations[^1] = current = current with { HasIdempotencyKey = true };
            }
        }

        return operations;
    }

    private static IEnumerable<Operation> ClientOperations() =>
        typeof(IHostQmsApi).GetMethods().Select(method =>
        {
            var http = method.GetCustomAttribute<HttpMethodAttribute>() ?? throw new InvalidOperationException($"{method.Name} has no Refit HTTP attribute.");
            var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^"Async".Length] : method.Name;
            var hasKey = method.GetParameters().Any(p => p.GetCustomAttribute<HeaderAttribute>()?.Header == HostQmsHeaders.IdempotencyKey);
            return new Operation(http.Method.Method, http.Path, char.ToLowerInvariant(name[0]) + name[1..], hasKey);
        });

    internal sealed record Operation(string Method, string Path, string OperationId, bool HasIdempotencyKey);
}
