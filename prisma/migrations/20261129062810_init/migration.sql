-- CreateEnum
CREATE TYPE "Role" AS ENUM ('resident', 'worker', 'company_admin', 'correspondent', 'staff', 'admin');

-- CreateEnum
CREATE TYPE "CompanyType" AS ENUM ('state_owned', 'private', 'local', 'outside');

-- CreateEnum
CREATE TYPE "MembershipLevel" AS ENUM ('president', 'vice_president', 'director', 'member');

-- CreateEnum
CREATE TYPE "CommendationKind" AS ENUM ('excellent_company', 'excellent_correspondent');

-- CreateEnum
CREATE TYPE "ArticleCategory" AS ENUM ('party_building', 'industry', 'notice', 'policy', 'training', 'member_style');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('draft', 'submitted', 'returned', 'scheduled', 'published', 'unpublished');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('training', 'online_training', 'exam', 'party_day', 'meeting', 'public_welfare');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('draft', 'published', 'cancelled', 'finished');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('everyone', 'member_workers');

-- CreateEnum
CREATE TYPE "CancelRule" AS ENUM ('until_deadline', 'not_allowed');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('confirmed', 'waitlisted', 'cancelled');

-- CreateEnum
CREATE TYPE "ExamResult" AS ENUM ('passed', 'failed');

-- CreateEnum
CREATE TYPE "ComplaintCategory" AS ENUM ('property_service', 'fees', 'repair', 'elevator', 'fire_safety', 'sanitation', 'greening', 'noise', 'parking', 'courier', 'cooking_fumes', 'other');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('submitted', 'accepted', 'rejected', 'assigned', 'replied', 'resolved', 'reopened', 'mediating', 'closed');

-- CreateEnum
CREATE TYPE "Satisfaction" AS ENUM ('satisfied', 'basically_satisfied', 'unsatisfied');

-- CreateEnum
CREATE TYPE "UploadPurpose" AS ENUM ('complaint_photo', 'complaint_reply', 'article_image', 'cover', 'avatar');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('pending', 'sent', 'failed', 'skipped');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "openid" TEXT,
    "unionid" TEXT,
    "username" TEXT,
    "passwordHash" TEXT,
    "name" TEXT NOT NULL DEFAULT '',
    "phone" TEXT,
    "avatarUrl" TEXT,
    "roles" "Role"[] DEFAULT ARRAY['resident']::"Role"[],
    "companyId" INTEGER,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "privacyAgreedAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "creditCode" CHAR(18) NOT NULL,
    "type" "CompanyType" NOT NULL,
    "level" "MembershipLevel" NOT NULL DEFAULT 'member',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "intro" TEXT NOT NULL DEFAULT '',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Community" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "district" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "companyId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvitationCode" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "companyId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "maxUses" INTEGER NOT NULL DEFAULT 50,
    "usedCount" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvitationCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commendation" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "CommendationKind" NOT NULL,
    "companyId" INTEGER,
    "userId" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Commendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "category" "ArticleCategory" NOT NULL,
    "status" "ArticleStatus" NOT NULL DEFAULT 'draft',
    "summary" TEXT NOT NULL DEFAULT '',
    "coverUrl" TEXT,
    "bodyHtml" TEXT NOT NULL DEFAULT '',
    "bylineCorrespondent" TEXT NOT NULL DEFAULT '',
    "bylineReporter" TEXT NOT NULL DEFAULT '',
    "authorId" INTEGER NOT NULL,
    "reviewerId" INTEGER,
    "reviewNote" TEXT,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "pinnedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "scheduledAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "readCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "type" "ActivityType" NOT NULL,
    "title" TEXT NOT NULL,
    "coverUrl" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "place" TEXT NOT NULL DEFAULT '',
    "onlineUrl" TEXT,
    "startAt" TIMESTAMP(3) NOT NULL,
    "endAt" TIMESTAMP(3) NOT NULL,
    "signupStartAt" TIMESTAMP(3) NOT NULL,
    "signupEndAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "waitlistEnabled" BOOLEAN NOT NULL DEFAULT true,
    "audience" "Audience" NOT NULL DEFAULT 'everyone',
    "extraFields" JSONB NOT NULL DEFAULT '[]',
    "cancelRule" "CancelRule" NOT NULL DEFAULT 'until_deadline',
    "status" "ActivityStatus" NOT NULL DEFAULT 'draft',
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "companyId" INTEGER,
    "registeredById" INTEGER,
    "status" "RegistrationStatus" NOT NULL,
    "waitlistSeq" INTEGER,
    "extra" JSONB NOT NULL DEFAULT '{}',
    "ticketNonce" TEXT NOT NULL,
    "checkedInAt" TIMESTAMP(3),
    "checkedInById" INTEGER,
    "result" "ExamResult",
    "score" DECIMAL(5,1),
    "certificateNo" TEXT,
    "certificateAt" TIMESTAMP(3),
    "promotedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "residentId" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "category" "ComplaintCategory" NOT NULL,
    "communityId" INTEGER NOT NULL,
    "companyId" INTEGER,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "allowContact" BOOLEAN NOT NULL DEFAULT false,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'submitted',
    "version" INTEGER NOT NULL DEFAULT 0,
    "acceptDueAt" TIMESTAMP(3) NOT NULL,
    "replyDueAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "assignedAt" TIMESTAMP(3),
    "repliedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "rejectReason" TEXT,
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "lastUrgedAt" TIMESTAMP(3),
    "satisfaction" "Satisfaction",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" SERIAL NOT NULL,
    "complaintId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "fromStatus" "ComplaintStatus",
    "toStatus" "ComplaintStatus",
    "note" TEXT NOT NULL DEFAULT '',
    "visibleToCompany" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintFollowUp" (
    "id" SERIAL NOT NULL,
    "complaintId" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "satisfaction" "Satisfaction" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "method" TEXT NOT NULL DEFAULT 'self',
    "recordedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintNumberCounter" (
    "day" TEXT NOT NULL,
    "seq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ComplaintNumberCounter_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "WorkCalendarDay" (
    "date" TEXT NOT NULL,
    "isWorkday" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "WorkCalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "Upload" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "purpose" "UploadPurpose" NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "complaintId" INTEGER,
    "complaintEventId" INTEGER,
    "articleId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "pushStatus" "NotificationStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscribeGrant" (
    "userId" INTEGER NOT NULL,
    "templateKey" TEXT NOT NULL,
    "remaining" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SubscribeGrant_pkey" PRIMARY KEY ("userId","templateKey")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CacheEntry" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CacheEntry_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "topic" TEXT NOT NULL DEFAULT '',
    "commissionedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "summary" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" SERIAL NOT NULL,
    "surveyId" INTEGER,
    "content" TEXT NOT NULL,
    "recipient" TEXT NOT NULL DEFAULT '住房和城乡建设局',
    "sentAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_openid_key" ON "User"("openid");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_companyId_idx" ON "User"("companyId");

-- CreateIndex
CREATE INDEX "User_phone_idx" ON "User"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Company_name_key" ON "Company"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Company_creditCode_key" ON "Company"("creditCode");

-- CreateIndex
CREATE INDEX "Community_companyId_idx" ON "Community"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "Community_name_district_key" ON "Community"("name", "district");

-- CreateIndex
CREATE UNIQUE INDEX "InvitationCode_code_key" ON "InvitationCode"("code");

-- CreateIndex
CREATE INDEX "InvitationCode_companyId_idx" ON "InvitationCode"("companyId");

-- CreateIndex
CREATE INDEX "Commendation_year_kind_idx" ON "Commendation"("year", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Commendation_year_kind_companyId_userId_key" ON "Commendation"("year", "kind", "companyId", "userId");

-- CreateIndex
CREATE INDEX "Article_status_publishedAt_id_idx" ON "Article"("status", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_category_status_publishedAt_id_idx" ON "Article"("category", "status", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_status_pinned_idx" ON "Article"("status", "pinned");

-- CreateIndex
CREATE INDEX "Article_authorId_status_idx" ON "Article"("authorId", "status");

-- CreateIndex
CREATE INDEX "Article_status_scheduledAt_idx" ON "Article"("status", "scheduledAt");

-- CreateIndex
CREATE INDEX "Activity_status_startAt_id_idx" ON "Activity"("status", "startAt", "id");

-- CreateIndex
CREATE INDEX "Activity_type_startAt_idx" ON "Activity"("type", "startAt");

-- CreateIndex
CREATE INDEX "Activity_startAt_idx" ON "Activity"("startAt");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_ticketNonce_key" ON "Registration"("ticketNonce");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_certificateNo_key" ON "Registration"("certificateNo");

-- CreateIndex
CREATE INDEX "Registration_activityId_status_waitlistSeq_idx" ON "Registration"("activityId", "status", "waitlistSeq");

-- CreateIndex
CREATE INDEX "Registration_userId_createdAt_idx" ON "Registration"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Registration_companyId_idx" ON "Registration"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_activityId_userId_key" ON "Registration"("activityId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_number_key" ON "Complaint"("number");

-- CreateIndex
CREATE INDEX "Complaint_createdAt_id_idx" ON "Complaint"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Complaint_status_createdAt_id_idx" ON "Complaint"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Complaint_companyId_status_createdAt_idx" ON "Complaint"("companyId", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Complaint_residentId_createdAt_idx" ON "Complaint"("residentId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Complaint_communityId_createdAt_idx" ON "Complaint"("communityId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Complaint_category_createdAt_idx" ON "Complaint"("category", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Complaint_status_acceptDueAt_idx" ON "Complaint"("status", "acceptDueAt");

-- CreateIndex
CREATE INDEX "Complaint_status_replyDueAt_idx" ON "Complaint"("status", "replyDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_residentId_idempotencyKey_key" ON "Complaint"("residentId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "ComplaintEvent_complaintId_id_idx" ON "ComplaintEvent"("complaintId", "id");

-- CreateIndex
CREATE INDEX "ComplaintFollowUp_createdAt_idx" ON "ComplaintFollowUp"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintFollowUp_complaintId_round_key" ON "ComplaintFollowUp"("complaintId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "Upload_key_key" ON "Upload"("key");

-- CreateIndex
CREATE INDEX "Upload_ownerId_createdAt_idx" ON "Upload"("ownerId", "createdAt");

-- CreateIndex
CREATE INDEX "Upload_complaintId_idx" ON "Upload"("complaintId");

-- CreateIndex
CREATE INDEX "Upload_articleId_idx" ON "Upload"("articleId");

-- CreateIndex
CREATE INDEX "Notification_pushStatus_nextAttemptAt_idx" ON "Notification"("pushStatus", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "Suggestion_sentAt_idx" ON "Suggestion"("sentAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Community" ADD CONSTRAINT "Community_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationCode" ADD CONSTRAINT "InvitationCode_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationCode" ADD CONSTRAINT "InvitationCode_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commendation" ADD CONSTRAINT "Commendation_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commendation" ADD CONSTRAINT "Commendation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_checkedInById_fkey" FOREIGN KEY ("checkedInById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintEvent" ADD CONSTRAINT "ComplaintEvent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintEvent" ADD CONSTRAINT "ComplaintEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintFollowUp" ADD CONSTRAINT "ComplaintFollowUp_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintFollowUp" ADD CONSTRAINT "ComplaintFollowUp_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_complaintEventId_fkey" FOREIGN KEY ("complaintEventId") REFERENCES "ComplaintEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscribeGrant" ADD CONSTRAINT "SubscribeGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE SET NULL ON UPDATE CASCADE;
