using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmConnector.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Integrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FannedOutAt",
                table: "OutboxMessages",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChangeSequence",
                table: "Materials",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ChangeSequence",
                table: "Lots",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Assessment_ChosenActions",
                table: "ChangeNotices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ChangeSequence",
                table: "ChangeNotices",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "InformationRequests",
                table: "ChangeNotices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Proposal_Actions",
                table: "ChangeNotices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Proposal_AffectedLots",
                table: "ChangeNotices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Proposal_AffectedQualifications",
                table: "ChangeNotices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Proposal_AffectedRiskAssessments",
                table: "ChangeNotices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Proposal_ResolvedAt",
                table: "ChangeNotices",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Proposal_UnmatchedCatalogueNumbers",
                table: "ChangeNotices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "ChangeNotices",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChangeSequence",
                table: "Certificates",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "CertificateId",
                table: "AuditEvents",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ChangeNoticeId",
                table: "AuditEvents",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LotId",
                table: "AuditEvents",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MaterialId",
                table: "AuditEvents",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "QualificationId",
                table: "AuditEvents",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RiskAssessmentId",
                table: "AuditEvents",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplierId",
                table: "AuditEvents",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HostQmsJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ChangeNoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LotId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LotHoldId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LeaseOwner = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Reference = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    ResultStatus = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HostQmsJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboundEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WebhookId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    CloudEventId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BodySha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Headers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OutcomeStatus = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboundEvents_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EntityKey = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Meaning = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    SignerSubject = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    SignerName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    AuthenticatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClientId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ContentHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    IsValid = table.Column<bool>(type: "bit", nullable: false),
                    InvalidatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    InvalidationReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    LotId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    QualificationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MaterialId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ChangeNoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Signatures_ChangeNotices_ChangeNoticeId",
                        column: x => x.ChangeNoticeId,
                        principalTable: "ChangeNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Signatures_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Signatures_Materials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "Materials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Signatures_Qualifications_QualificationId",
                        column: x => x.QualificationId,
                        principalTable: "Qualifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupplierWebhookSecrets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: false),
                    ValidFrom = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ValidUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReplacesId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierWebhookSecrets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplierWebhookSecrets_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WebhookEndpoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Url = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EventTypes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SupplierCodes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CatalogueNumbers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OwnerSupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ProtectedSecret = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PreviousProtectedSecret = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PreviousSecretExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Enabled = table.Column<bool>(type: "bit", nullable: false),
                    DisabledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DisabledReason = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookEndpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EndpointId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventType = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OwnerSupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AttemptCount = table.Column<int>(type: "int", nullable: false),
                    RetryStep = table.Column<int>(type: "int", nullable: false),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastStatusCode = table.Column<int>(type: "int", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LeaseOwner = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    LeaseExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookDeliveries_OutboxMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "OutboxMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WebhookDeliveries_WebhookEndpoints_EndpointId",
                        column: x => x.EndpointId,
                        principalTable: "WebhookEndpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WebhookDeliveryAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DeliveryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EndpointId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerSupplierCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Number = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DurationMs = table.Column<double>(type: "float", nullable: false),
                    StatusCode = table.Column<int>(type: "int", nullable: true),
                    Succeeded = table.Column<bool>(type: "bit", nullable: false),
                    Response = table.Column<string>(type: "nvarchar(max)", maxLength: 4096, nullable: true),
                    Error = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveryAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookDeliveryAttempts_WebhookDeliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "WebhookDeliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_FannedOutAt",
                table: "OutboxMessages",
                column: "FannedOutAt");

            migrationBuilder.CreateIndex(
                name: "IX_Materials_ChangeSequence",
                table: "Materials",
                column: "ChangeSequence");

            migrationBuilder.CreateIndex(
                name: "IX_Materials_ModifiedAt",
                table: "Materials",
                column: "ModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Lots_ChangeSequence",
                table: "Lots",
                column: "ChangeSequence");

            migrationBuilder.CreateIndex(
                name: "IX_Lots_ModifiedAt",
                table: "Lots",
                column: "ModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotices_ChangeSequence",
                table: "ChangeNotices",
                column: "ChangeSequence");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotices_ModifiedAt",
                table: "ChangeNotices",
                column: "ModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ChangeSequence",
                table: "Certificates",
                column: "ChangeSequence");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ModifiedAt",
                table: "Certificates",
                column: "ModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_CertificateId",
                table: "AuditEvents",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ChangeNoticeId",
                table: "AuditEvents",
                column: "ChangeNoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_LotId",
                table: "AuditEvents",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_MaterialId",
                table: "AuditEvents",
                column: "MaterialId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_QualificationId",
                table: "AuditEvents",
                column: "QualificationId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_RiskAssessmentId",
                table: "AuditEvents",
                column: "RiskAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_SupplierId",
                table: "AuditEvents",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_HostQmsJobs_ChangeNoticeId",
                table: "HostQmsJobs",
                column: "ChangeNoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_HostQmsJobs_IdempotencyKey",
                table: "HostQmsJobs",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HostQmsJobs_LotId_LotHoldId",
                table: "HostQmsJobs",
                columns: new[] { "LotId", "LotHoldId" });

            migrationBuilder.CreateIndex(
                name: "IX_HostQmsJobs_Status_NextAttemptAt",
                table: "HostQmsJobs",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InboundEvents_ReceivedAt",
                table: "InboundEvents",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InboundEvents_SupplierCode_CloudEventId",
                table: "InboundEvents",
                columns: new[] { "SupplierCode", "CloudEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundEvents_SupplierCode_WebhookId",
                table: "InboundEvents",
                columns: new[] { "SupplierCode", "WebhookId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundEvents_SupplierId",
                table: "InboundEvents",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_ChangeNoticeId",
                table: "Signatures",
                column: "ChangeNoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_EntityKey_Action",
                table: "Signatures",
                columns: new[] { "EntityKey", "Action" });

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_LotId",
                table: "Signatures",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_MaterialId",
                table: "Signatures",
                column: "MaterialId");

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_QualificationId",
                table: "Signatures",
                column: "QualificationId");

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_SignerSubject",
                table: "Signatures",
                column: "SignerSubject");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierWebhookSecrets_SupplierCode_RevokedAt",
                table: "SupplierWebhookSecrets",
                columns: new[] { "SupplierCode", "RevokedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplierWebhookSecrets_SupplierId",
                table: "SupplierWebhookSecrets",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_EndpointId_Status",
                table: "WebhookDeliveries",
                columns: new[] { "EndpointId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_MessageId_EndpointId",
                table: "WebhookDeliveries",
                columns: new[] { "MessageId", "EndpointId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_OccurredAt",
                table: "WebhookDeliveries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_Status_NextAttemptAt",
                table: "WebhookDeliveries",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveryAttempts_DeliveryId",
                table: "WebhookDeliveryAttempts",
                column: "DeliveryId");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveryAttempts_EndpointId_Succeeded_StartedAt",
                table: "WebhookDeliveryAttempts",
                columns: new[] { "EndpointId", "Succeeded", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookEndpoints_OwnerSupplierCode",
                table: "WebhookEndpoints",
                column: "OwnerSupplierCode");

            migrationBuilder.AddForeignKey(
                name: "FK_AuditEvents_Certificates_CertificateId",
                table: "AuditEvents",
                column: "CertificateId",
                principalTable: "Certificates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AuditEvents_ChangeNotices_ChangeNoticeId",
                table: "AuditEvents",
                column: "ChangeNoticeId",
                principalTable: "ChangeNotices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AuditEvents_Lots_LotId",
                table: "AuditEvents",
                column: "LotId",
                principalTable: "Lots",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AuditEvents_Materials_MaterialId",
                table: "AuditEvents",
                column: "MaterialId",
                principalTable: "Materials",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AuditEvents_Qualifications_QualificationId",
                table: "AuditEvents",
                column: "QualificationId",
                principalTable: "Qualifications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AuditEvents_RiskAssessments_RiskAssessmentId",
                table: "AuditEvents",
                column: "RiskAssessmentId",
                principalTable: "RiskAssessments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AuditEvents_Suppliers_SupplierId",
                table: "AuditEvents",
                column: "SupplierId",
                principalTable: "Suppliers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
            // Hand-written (ChangeSequenceSql, ADR-013): distinct sequences for existing rows, then the views again.
            migrationBuilder.Sql(ChangeSequenceSql.Backfill);
            migrationBuilder.Sql(ChangeSequenceSql.RefreshViews);
            MissingItemsDataFix.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AuditEvents_Certificates_CertificateId",
                table: "AuditEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_AuditEvents_ChangeNotices_ChangeNoticeId",
                table: "AuditEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_AuditEvents_Lots_LotId",
                table: "AuditEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_AuditEvents_Materials_MaterialId",
                table: "AuditEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_AuditEvents_Qualifications_QualificationId",
                table: "AuditEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_AuditEvents_RiskAssessments_RiskAssessmentId",
                table: "AuditEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_AuditEvents_Suppliers_SupplierId",
                table: "AuditEvents");

            migrationBuilder.DropTable(
                name: "HostQmsJobs");

            migrationBuilder.DropTable(
                name: "InboundEvents");

            migrationBuilder.DropTable(
                name: "Signatures");

            migrationBuilder.DropTable(
                name: "SupplierWebhookSecrets");

            migrationBuilder.DropTable(
                name: "WebhookDeliveryAttempts");

            migrationBuilder.DropTable(
                name: "WebhookDeliveries");

            migrationBuilder.DropTable(
                name: "WebhookEndpoints");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_FannedOutAt",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_Materials_ChangeSequence",
                table: "Materials");

            migrationBuilder.DropIndex(
                name: "IX_Materials_ModifiedAt",
                table: "Materials");

            migrationBuilder.DropIndex(
                name: "IX_Lots_ChangeSequence",
                table: "Lots");

            migrationBuilder.DropIndex(
                name: "IX_Lots_ModifiedAt",
                table: "Lots");

            migrationBuilder.DropIndex(
                name: "IX_ChangeNotices_ChangeSequence",
                table: "ChangeNotices");

            migrationBuilder.DropIndex(
                name: "IX_ChangeNotices_ModifiedAt",
                table: "ChangeNotices");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_ChangeSequence",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_ModifiedAt",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_CertificateId",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_ChangeNoticeId",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_LotId",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_MaterialId",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_QualificationId",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_RiskAssessmentId",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_SupplierId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "FannedOutAt",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "ChangeSequence",
                table: "Materials");

            migrationBuilder.DropColumn(
                name: "ChangeSequence",
                table: "Lots");

            migrationBuilder.DropColumn(
                name: "Assessment_ChosenActions",
                table: "ChangeNotices");

            migrationBuilder.DropColumn(
                name: "ChangeSequence",
                table: "ChangeNotices");

            migrationBuilder.DropColumn(
                name: "InformationRequests",
                table: "ChangeNotices");

            migrationBuilder.DropColumn(
                name: "Proposal_Actions",
                table: "ChangeNotices");

            migrationBuilder.DropColumn(
                name: "Proposal_AffectedLots",
                table: "ChangeNotices");

            migrationBuilder.DropColumn(
                name: "Proposal_AffectedQualifications",
                table: "ChangeNotices");

            migrationBuilder.DropColumn(
                name: "Proposal_AffectedRiskAssessments",
                table: "ChangeNotices");

            migrationBuilder.DropColumn(
                name: "Proposal_ResolvedAt",
                table: "ChangeNotices");

            migrationBuilder.DropColumn(
                name: "Proposal_UnmatchedCatalogueNumbers",
                table: "ChangeNotices");

            migrationBuilder.DropColumn(
                name: "StatusReason",
                table: "ChangeNotices");

            migrationBuilder.DropColumn(
                name: "ChangeSequence",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "CertificateId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "ChangeNoticeId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "LotId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "MaterialId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "QualificationId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "RiskAssessmentId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "SupplierId",
                table: "AuditEvents");

            migrationBuilder.Sql(ChangeSequenceSql.RefreshViews);
        }
    }
}
