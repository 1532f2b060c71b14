# AmConnector standalone server.
#   docker build -t amconnector .
#   docker run -p 8080:8080 -v amconnector-data:/app/data \
#     -e AmConnector__Auth__SigningCertificate__Path=/app/data/signing.pfx \
#     -e AmConnector__Auth__SigningCertificate__Password=... amconnector
# Environment variables are documented in docs/operations.md.

# --- build: the SDK restores and publishes exactly as `dotnet publish` does on a workstation ---
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig AmConnector.sln ./
COPY contracts/ contracts/
COPY src/ src/
RUN dotnet publish src/AmConnector.Server/AmConnector.Server.csproj -c Release -o /app/publish

# --- runtime: the ASP.NET Core image, as its non-root user ---
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish .
# data/ holds the SQLite database (with the Data Protection key ring) and development token keys.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME /app/data
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    AmConnector__Demo__Seed=false
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["dotnet", "AmConnector.Server.dll", "healthcheck", "http://127.0.0.1:8080/health/ready"]
ENTRYPOINT ["dotnet", "AmConnector.Server.dll"]
