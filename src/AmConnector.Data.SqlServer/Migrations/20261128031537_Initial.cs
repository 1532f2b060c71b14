using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmConnector.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Prefix = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    KeyHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RevokedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    EntityKey = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    NaturalKey = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OldValues = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    NewValues = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ClientId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    PersonName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    InboundEventId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    PreviousHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictApplications",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ApplicationType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ClientSecret = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClientType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ConsentType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    DisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DisplayNames = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    JsonWebKeySet = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Permissions = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PostLogoutRedirectUris = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Properties = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RedirectUris = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Requirements = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Settings = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictScopes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ConcurrencyToken = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Descriptions = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DisplayNames = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Properties = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Resources = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictScopes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    CatalogueNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Data = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CorrelationId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Suppliers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Address_Street = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Address_City = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Address_PostalCode = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Address_Region = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Approval = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    LastAuditOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextAuditDue = table.Column<DateOnly>(type: "date", nullable: true),
                    QualityAgreement_Reference = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    QualityAgreement_EffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    QualityAgreement_Level1NoticeDays = table.Column<int>(type: "int", nullable: true),
                    QualityAgreement_Level2NoticeDays = table.Column<int>(type: "int", nullable: true),
                    QualityAgreement_Level3NoticeDays = table.Column<int>(type: "int", nullable: true),
                    QualityAgreement_DiscontinuationNoticeDays = table.Column<int>(type: "int", nullable: true),
                    QualityAgreement_NoticeContactName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    QualityAgreement_NoticeContactEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Certifications = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suppliers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictAuthorizations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ApplicationId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CreationDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Properties = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Scopes = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Type = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictAuthorizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictAuthorizations_OpenIddictApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ChangeNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SupplierReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Area = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Rationale = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CurrentState = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ProposedState = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AffectedCatalogueNumbers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AffectedLotNumbers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PlannedImplementationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastOrderOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastShipOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProposedAlternative = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    FirstAffectedLotOrDate = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ContactName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ContactEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SupportingDocuments = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LeadTimeDays = table.Column<int>(type: "int", nullable: true),
                    RequiredLeadTimeDays = table.Column<int>(type: "int", nullable: true),
                    LeadTimeShortfallDays = table.Column<int>(type: "int", nullable: true),
                    RequiresImmediateTriage = table.Column<bool>(type: "bit", nullable: false),
                    MissingItems = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Proposal_RequalificationProposed = table.Column<bool>(type: "bit", nullable: false),
                    Proposal_LotHoldProposed = table.Column<bool>(type: "bit", nullable: false),
                    Proposal_Explanation = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Proposal_AffectedLotCount = table.Column<int>(type: "int", nullable: false),
                    Proposal_AffectedQualificationCount = table.Column<int>(type: "int", nullable: false),
                    Assessment_Impact = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Assessment_Decision = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Assessment_Actions = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Assessment_Reason = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Assessment_AssessedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Assessment_AssessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Assessment_HostChangeControlReference = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeNotices_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CatalogueNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Origin = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AnimalOriginStatus = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Species = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Tissue = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CountriesOfOrigin = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Grade = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    IntendedAsAncillaryMaterial = table.Column<bool>(type: "bit", nullable: false),
                    Scope_UsedInCellProcessing = table.Column<bool>(type: "bit", nullable: true),
                    Scope_InContactWithActiveSubstance = table.Column<bool>(type: "bit", nullable: true),
                    Scope_IntendedInFinalProduct = table.Column<bool>(type: "bit", nullable: true),
                    InScope = table.Column<bool>(type: "bit", nullable: false),
                    ProcessStage = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Storage_MinTemperatureCelsius = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    Storage_MaxTemperatureCelsius = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    Storage_ProtectFromLight = table.Column<bool>(type: "bit", nullable: false),
                    Storage_Conditions = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ShelfLifeMonths = table.Column<int>(type: "int", nullable: true),
                    Composition = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Dmf_Type = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Dmf_Number = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Tier_Derived = table.Column<int>(type: "int", nullable: true),
                    Tier_Rule = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Tier_Override = table.Column<int>(type: "int", nullable: true),
                    Tier_OverrideReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Tier_Effective = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Materials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Materials_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictTokens",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ApplicationId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    AuthorizationId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CreationDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ExpirationDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Properties = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RedemptionDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReferenceId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Type = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId",
                        column: x => x.AuthorizationId,
                        principalTable: "OpenIddictAuthorizations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ChangeNoticeVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangeNoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeNoticeVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeNoticeVersions_ChangeNotices_ChangeNoticeId",
                        column: x => x.ChangeNoticeId,
                        principalTable: "ChangeNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    MaterialId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Issuer = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Signatory = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Document_Title = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Document_Kind = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Document_Uri = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: true),
                    Document_Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Document_MediaType = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Verdict = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Lapsed = table.Column<bool>(type: "bit", nullable: false),
                    ExpiryAnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VerdictReason = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Certificates_Materials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "Materials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChangeNoticeMaterials",
                columns: table => new
                {
                    ChangeNoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MaterialId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeNoticeMaterials", x => new { x.ChangeNoticeId, x.MaterialId });
                    table.ForeignKey(
                        name: "FK_ChangeNoticeMaterials_ChangeNotices_ChangeNoticeId",
                        column: x => x.ChangeNoticeId,
                        principalTable: "ChangeNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChangeNoticeMaterials_Materials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "Materials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Lots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MaterialId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CatalogueNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ManufacturedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetestOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Quantity = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    QuantityUnit = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ReleaseConditions = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lots_Materials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "Materials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MaterialSpecifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MaterialId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Use = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    TestName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Method = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Limit_Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Limit_Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Limit_Lower = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    Limit_LowerInclusive = table.Column<bool>(type: "bit", nullable: false),
                    Limit_Upper = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    Limit_UpperInclusive = table.Column<bool>(type: "bit", nullable: false),
                    Limit_Unit = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Limit_Expected = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaterialSpecifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaterialSpecifications_Materials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "Materials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Qualifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MaterialId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    UseContext = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UspTierAtQualification = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Conditions = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    QualifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    NextReviewDue = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Qualifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Qualifications_Materials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "Materials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiskAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MaterialId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    UseContext = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    HighestScore = table.Column<int>(type: "int", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Assessor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    AssessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    NextReviewDue = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Materials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "Materials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoaResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CertificateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LineNumber = table.Column<int>(type: "int", nullable: false),
                    TestName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Method = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Specification_Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Specification_Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Specification_Lower = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    Specification_LowerInclusive = table.Column<bool>(type: "bit", nullable: false),
                    Specification_Upper = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    Specification_UpperInclusive = table.Column<bool>(type: "bit", nullable: false),
                    Specification_Unit = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Specification_Expected = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ReportedResult = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ReportedValue = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    ReportedUnit = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Verdict = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    VerdictReason = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoaResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoaResults_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CertificateLots",
                columns: table => new
                {
                    CertificateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LotId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateLots", x => new { x.CertificateId, x.LotId });
                    table.ForeignKey(
                        name: "FK_CertificateLots_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CertificateLots_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LotHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LotId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceReference = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    PlacedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PlacedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LiftedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    LiftedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LiftReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LotHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LotHolds_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceTests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QualificationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LotId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReferenceLotId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Assay = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Result = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AcceptanceCriterion = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Verdict = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceTests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceTests_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceTests_Lots_ReferenceLotId",
                        column: x => x.ReferenceLotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceTests_Qualifications_QualificationId",
                        column: x => x.QualificationId,
                        principalTable: "Qualifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QualificationActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QualificationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EvidenceReference = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    WaiverReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CompletedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualificationActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualificationActivities_Qualifications_QualificationId",
                        column: x => x.QualificationId,
                        principalTable: "Qualifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskHazards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RiskAssessmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Probability = table.Column<int>(type: "int", nullable: false),
                    Severity = table.Column<int>(type: "int", nullable: false),
                    Mitigation = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ResidualProbability = table.Column<int>(type: "int", nullable: true),
                    ResidualSeverity = table.Column<int>(type: "int", nullable: true),
                    Score = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskHazards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskHazards_RiskAssessments_RiskAssessmentId",
                        column: x => x.RiskAssessmentId,
                        principalTable: "RiskAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHead",
                columns: new[] { "Id", "LastHash", "LastSequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_KeyHash",
                table: "ApiKeys",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ClientId",
                table: "AuditEvents",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_EntityType_EntityKey",
                table: "AuditEvents",
                columns: new[] { "EntityType", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_OccurredAt",
                table: "AuditEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_CertificateLots_LotId",
                table: "CertificateLots",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_MaterialId_Type",
                table: "Certificates",
                columns: new[] { "MaterialId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_SupplierCode_DocumentNumber",
                table: "Certificates",
                columns: new[] { "SupplierCode", "DocumentNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ValidUntil",
                table: "Certificates",
                column: "ValidUntil");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNoticeMaterials_MaterialId",
                table: "ChangeNoticeMaterials",
                column: "MaterialId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotices_NotifiedAt",
                table: "ChangeNotices",
                column: "NotifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotices_Status_Level",
                table: "ChangeNotices",
                columns: new[] { "Status", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotices_SupplierCode_SupplierReference",
                table: "ChangeNotices",
                columns: new[] { "SupplierCode", "SupplierReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotices_SupplierId",
                table: "ChangeNotices",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNoticeVersions_ChangeNoticeId_Version",
                table: "ChangeNoticeVersions",
                columns: new[] { "ChangeNoticeId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoaResults_CertificateId_LineNumber",
                table: "CoaResults",
                columns: new[] { "CertificateId", "LineNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_LotHolds_LotId_LiftedAt",
                table: "LotHolds",
                columns: new[] { "LotId", "LiftedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Lots_ExpiresOn",
                table: "Lots",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_Lots_LotNumber",
                table: "Lots",
                column: "LotNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Lots_MaterialId_LotNumber",
                table: "Lots",
                columns: new[] { "MaterialId", "LotNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Lots_Status_ExpiresOn",
                table: "Lots",
                columns: new[] { "Status", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Lots_SupplierCode_CatalogueNumber_LotNumber",
                table: "Lots",
                columns: new[] { "SupplierCode", "CatalogueNumber", "LotNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Materials_CatalogueNumber",
                table: "Materials",
                column: "CatalogueNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Materials_Status",
                table: "Materials",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Materials_SupplierCode_CatalogueNumber",
                table: "Materials",
                columns: new[] { "SupplierCode", "CatalogueNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Materials_SupplierId",
                table: "Materials",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_MaterialSpecifications_MaterialId_TestName",
                table: "MaterialSpecifications",
                columns: new[] { "MaterialId", "TestName" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictApplications_ClientId",
                table: "OpenIddictApplications",
                column: "ClientId",
                unique: true,
                filter: "[ClientId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type",
                table: "OpenIddictAuthorizations",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictScopes_Name",
                table: "OpenIddictScopes",
                column: "Name",
                unique: true,
                filter: "[Name] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type",
                table: "OpenIddictTokens",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_AuthorizationId",
                table: "OpenIddictTokens",
                column: "AuthorizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ReferenceId",
                table: "OpenIddictTokens",
                column: "ReferenceId",
                unique: true,
                filter: "[ReferenceId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_OccurredAt",
                table: "OutboxMessages",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Type",
                table: "OutboxMessages",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTests_LotId",
                table: "PerformanceTests",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTests_QualificationId",
                table: "PerformanceTests",
                column: "QualificationId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTests_ReferenceLotId",
                table: "PerformanceTests",
                column: "ReferenceLotId");

            migrationBuilder.CreateIndex(
                name: "IX_QualificationActivities_QualificationId_Kind",
                table: "QualificationActivities",
                columns: new[] { "QualificationId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_MaterialId_UseContext",
                table: "Qualifications",
                columns: new[] { "MaterialId", "UseContext" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_Status",
                table: "Qualifications",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_Level",
                table: "RiskAssessments",
                column: "Level");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_MaterialId_UseContext",
                table: "RiskAssessments",
                columns: new[] { "MaterialId", "UseContext" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskHazards_RiskAssessmentId",
                table: "RiskHazards",
                column: "RiskAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_Approval",
                table: "Suppliers",
                column: "Approval");

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_Code",
                table: "Suppliers",
                column: "Code",
                unique: true);

            // Hand-written: what EF does not model (append-only audit triggers, read views). Each in EXEC,
            // because CREATE TRIGGER and CREATE VIEW must start a batch, also inside the idempotent script's IF blocks.
            // The audit trail is append-only (21 CFR 11.10(e)): the database itself refuses UPDATE and DELETE.
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER [dbo].[AuditEvents_AppendOnly] ON [dbo].[AuditEvents]
                INSTEAD OF UPDATE, DELETE
                AS
                BEGIN
                    THROW 51000, ''AuditEvents are append-only: audit records are never updated or deleted.'', 1;
                END');
                """);
            // Every lot query reads this view (LotConfiguration.ReadView): a released lot past its expiry
            // date reads as Expired before the daily job has run. A later migration that changes the
            // Lots table runs sp_refreshview on it.
            migrationBuilder.Sql("""
                EXEC(N'CREATE VIEW [dbo].[LotsRead] AS
                SELECT l.*,
                       CASE WHEN l.[Status] IN (N''Released'', N''ConditionallyReleased'') AND l.[ExpiresOn] < CAST(SYSUTCDATETIME() AS date)
                            THEN N''Expired'' ELSE l.[Status] END AS [EffectiveStatus]
                FROM [dbo].[Lots] AS l;');
                """);
            // Every certificate query reads this view (CertificateConfiguration.ReadView): a certificate
            // past its ValidUntil reads as lapsed before any job has run. A later migration that changes
            // the Certificates table runs sp_refreshview on it.
            migrationBuilder.Sql("""
                EXEC(N'CREATE VIEW [dbo].[CertificatesRead] AS
                SELECT c.*,
                       CAST(CASE WHEN c.[ValidUntil] < CAST(SYSUTCDATETIME() AS date) THEN 1 ELSE 0 END AS bit) AS [EffectiveLapsed]
                FROM [dbo].[Certificates] AS c;');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [dbo].[AuditEvents_AppendOnly];");
            migrationBuilder.Sql("DROP VIEW IF EXISTS [dbo].[LotsRead];");
            migrationBuilder.Sql("DROP VIEW IF EXISTS [dbo].[CertificatesRead];");

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "AuditChainHead");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "CertificateLots");

            migrationBuilder.DropTable(
                name: "ChangeNoticeMaterials");

            migrationBuilder.DropTable(
                name: "ChangeNoticeVersions");

            migrationBuilder.DropTable(
                name: "CoaResults");

            migrationBuilder.DropTable(
                name: "LotHolds");

            migrationBuilder.DropTable(
                name: "MaterialSpecifications");

            migrationBuilder.DropTable(
                name: "OpenIddictScopes");

            migrationBuilder.DropTable(
                name: "OpenIddictTokens");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PerformanceTests");

            migrationBuilder.DropTable(
                name: "QualificationActivities");

            migrationBuilder.DropTable(
                name: "RiskHazards");

            migrationBuilder.DropTable(
                name: "ChangeNotices");

            migrationBuilder.DropTable(
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "OpenIddictAuthorizations");

            migrationBuilder.DropTable(
                name: "Lots");

            migrationBuilder.DropTable(
                name: "Qualifications");

            migrationBuilder.DropTable(
                name: "RiskAssessments");

            migrationBuilder.DropTable(
                name: "OpenIddictApplications");

            migrationBuilder.DropTable(
                name: "Materials");

            migrationBuilder.DropTable(
                name: "Suppliers");
        }
    }
}
