using System.Reflection;
using System.Text;

namespace AmConnector.Client.Tests.PublicApi;

/// <summary>
/// Every public type and member of an assembly as one sorted line each, in C#-like signatures with
/// nullable annotations, so a change to what integrators compile against shows as a line in a diff.
/// </summary>
internal static class PublicApiDescriber
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var name = Name(type);
            lines.Add($"{name} is {Kind(type)}{Bases(type)}");
            if (type.IsEnum)
            {
                lines.AddRange(Enum.GetNames(type).Select(n => $"{name}.{n}"));
                continue;
            }

            var nullability = new NullabilityInfoContext();
            foreach (var member in type.GetMembers(Declared))
            {
                if (member.Name.Contains('<', StringComparison.Ordinal) || member.Name.Contains('$', StringComparison.Ordinal))
                {
                    continue;
                }

                var line = member switch
                {
                    ConstructorInfo c => $"{name}.ctor({Parameters(c.GetParameters(), nullability)})",
                    MethodInfo m when !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal) =>
                        $"{name}.{Static(m.IsStatic)}{m.Name}{Generic(m)}({Parameters(m.GetParameters(), nullability)}) -> {Name(m.ReturnType, nullability.Create(m.ReturnParameter))}",
                    PropertyInfo p => $"{name}.{Static((p.GetMethod ?? p.SetMethod)!.IsStatic)}{p.Name} : {Name(p.PropertyType, nullability.Create(p))} {{ {Accessors(p)}}}",
                    FieldInfo f => $"{name}.{(f.IsLiteral ? "const " : Static(f.IsStatic))}{f.Name} : {Name(f.FieldType, nullability.Create(f))}",
                    Type => null,
                    _ => null,
                };
                if (line is not null)
                {
                    lines.Add(line);
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines) + "\n";
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct"
        : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : "class";

    private static string Bases(Type type)
    {
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => Name(i)).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static string Static(bool isStatic) => isStatic ? "static " : "";

    private static string Generic(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Accessors(PropertyInfo property)
    {
        var text = new StringBuilder();
        if (property.GetMethod is { IsPublic: true })
        {
            text.Append("get; ");
        }

        if (property.SetMethod is { IsPublic: true } setter)
        {
            var init = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            text.Append(init ? "init; " : "set; ");
        }

        return text.ToString();
    }

    private static string Parameters(ParameterInfo[] parameters, NullabilityInfoContext nullability) =>
        string.Join(", ", parameters.Select(p =>
            $"{(p.ParameterType.IsByRef ? p.IsOut ? "out " : "ref " : "")}{Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, nullability.Create(p))} {p.Name}{(p.HasDefaultValue ? " = " + Default(p) : "")}"));

    private static string Default(ParameterInfo parameter) => parameter.DefaultValue switch
    {
        null when parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null => "default",
        null => "null",
        string text => $"\"{text}\"",
        bool flag => flag ? "true" : "false",
        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static string Name(Type type, NullabilityInfo? info = null)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!, info?.ElementType ?? info);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var mark = info is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : "";
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, info?.ElementType) + "[]" + mark;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + mark;
        }

        var name = (type.IsNested ? Name(type.DeclaringType!) + "." : type.Namespace is { Length: > 0 } ns ? ns + "." : "") + type.Name;
        if (type.IsGenericType)
        {
            name = name[..name.IndexOf('`', StringComparison.Ordinal)];
            var arguments = type.GetGenericArguments();
            name += "<" + string.Join(", ", arguments.Select((a, i) => Name(a, info?.GenericTypeArguments.ElementAtOrDefault(i)))) + ">";
        }

        return name + mark;
    }
}
