using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace AmConnector.OData;

/// <summary>
/// Lets MVC discover AmConnector's controllers although they are internal: the plugin's public
/// surface is its builder, options and extension methods, not its controller classes.
/// </summary>
internal sealed class InternalControllerFeatureProvider : ControllerFeatureProvider
{
    private static readonly Assembly PluginAssembly = typeof(InternalControllerFeatureProvider).Assembly;

    protected override bool IsController(TypeInfo typeInfo) =>
        typeInfo.Assembly == PluginAssembly
            ? typeInfo is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } &&
              typeof(ControllerBase).IsAssignableFrom(typeInfo) &&
              typeInfo.Name.EndsWith("Controller", StringComparison.Ordinal)
            : base.IsController(typeInfo);
}
