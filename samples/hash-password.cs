#:sdk Microsoft.NET.Sdk.Web
// Prints the AmConnector:Auth:Users:N:PasswordHash of a password (ASP.NET Core Identity
// PasswordHasher v3: PBKDF2-HMAC-SHA512, random salt). Usage: dotnet run hash-password.cs -- 'password'
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run hash-password.cs -- '<password>'");
    return 1;
}

Console.WriteLine(new Microsoft.AspNetCore.Identity.PasswordHasher<object>().HashPassword(new object(), args[0]));
return 0;
