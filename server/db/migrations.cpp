#include "db/migrations.h"

namespace tutorhub::server {

// Columns of every data object: the std fields of API.md §1.8.
#define STD_COLUMNS                                                                                                    \
    "id TEXT PRIMARY KEY, isActive INTEGER NOT NULL DEFAULT 1, recordVersion INTEGER NOT NULL DEFAULT 1, "             \
    "createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL, _owner TEXT"

QList<Migration> allMigrations()
{
    return {
        {1,
         QStringLiteral("users and sessions"),
         {QStringLiteral(
              "CREATE TABLE users (" STD_COLUMNS ", email TEXT NOT NULL, password TEXT NOT NULL, "
              "fullname TEXT NOT NULL, avatar TEXT, roleId TEXT NOT NULL DEFAULT 'user', "
              "emailVerified INTEGER NOT NULL DEFAULT 0, tutorApplicationStatus TEXT DEFAULT 'none', "
              "certifications TEXT, qualifications TEXT, bio TEXT, specializations TEXT, "
              "applicationReviewNote TEXT, applicationDocuments TEXT, accountStatus TEXT NOT NULL DEFAULT 'active')"),
          QStringLiteral("CREATE UNIQUE INDEX users_email ON users (lower(email))"),
          QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, userId TEXT NOT NULL REFERENCES users(id), "
                         "createdAt TEXT NOT NULL, expiresAt TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX sessions_user ON sessions (userId)")}},
        {2,
         QStringLiteral("verification codes"),
         {QStringLiteral(
              "CREATE TABLE verificationCodes (id TEXT PRIMARY KEY, userId TEXT NOT NULL REFERENCES users(id), "
              "purpose TEXT NOT NULL, sessionId TEXT, code TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
              "createdAt TEXT NOT NULL, expiresAt TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX verificationCodes_user ON verificationCodes (userId, purpose)")}},
        {3,
         QStringLiteral("user avatar bucket"),
         {QStringLiteral("CREATE TABLE userAvatarsFiles (" STD_COLUMNS
                         ", fileName TEXT, mimeType TEXT, fileSize INTEGER, "
                         "accessKey TEXT NOT NULL UNIQUE, ownerId TEXT, fileData BLOB, metadata TEXT, userId TEXT)")}},
        {4,
         QStringLiteral("tutor profiles"),
         {QStringLiteral("CREATE TABLE tutorProfiles (" STD_COLUMNS
                         ", tutorId TEXT NOT NULL, displayName TEXT NOT NULL, "
                         "bio TEXT, subjects TEXT, certifications TEXT, qualifications TEXT, "
                         "profileStatus TEXT NOT NULL DEFAULT 'pending')"),
          QStringLiteral("CREATE UNIQUE INDEX tutorProfiles_tutor ON tutorProfiles (tutorId)")}},
        {5,
         QStringLiteral("tutor profile experience and photo"),
         {QStringLiteral("ALTER TABLE tutorProfiles ADD COLUMN experience TEXT"),
          QStringLiteral("ALTER TABLE tutorProfiles ADD COLUMN profilePhoto TEXT")}},
        {6,
         QStringLiteral("catalog: course categories, course packs, course materials"),
         {QStringLiteral("CREATE TABLE courseCategories (" STD_COLUMNS
                         ", name TEXT NOT NULL, description TEXT, icon TEXT)"),
          QStringLiteral(
              "CREATE UNIQUE INDEX courseCategories_name ON courseCategories (lower(name)) WHERE isActive = 1"),
          QStringLiteral(
              "CREATE TABLE coursePacks (" STD_COLUMNS ", tutorProfileId TEXT NOT NULL, title TEXT NOT NULL, "
              "description TEXT, price REAL NOT NULL, category TEXT NOT NULL, schedulingType TEXT NOT NULL, "
              "minWeeklyClasses INTEGER, preliminaryMeetingRequired INTEGER NOT NULL DEFAULT 0, "
              "isPublished INTEGER NOT NULL DEFAULT 0, maxDailyLessons INTEGER, requiredClassesCount INTEGER, "
              "moderationStatus TEXT NOT NULL DEFAULT 'approved', moderationNote TEXT, maxPeriodValue INTEGER, "
              "maxPeriodUnit TEXT, removalReason TEXT)"),
          QStringLiteral("CREATE INDEX coursePacks_tutorProfile ON coursePacks (tutorProfileId)"),
          QStringLiteral("CREATE TABLE courseMaterials (" STD_COLUMNS
                         ", coursePackId TEXT NOT NULL, fileUrl TEXT NOT NULL, "
                         "fileType TEXT NOT NULL, title TEXT NOT NULL, description TEXT, linkUrl TEXT)"),
          QStringLiteral("CREATE UNIQUE INDEX courseMaterials_title ON courseMaterials (coursePackId, lower(title)) "
                         "WHERE isActive = 1")}},
        {7,
         QStringLiteral("scheduling: availabilities, lesson slots, preliminary meetings"),
         {QStringLiteral("CREATE TABLE availabilities (" STD_COLUMNS
                         ", tutorProfileId TEXT NOT NULL, dayOfWeek TEXT NOT NULL, "
                         "startTime TEXT NOT NULL, endTime TEXT NOT NULL, isRecurring INTEGER NOT NULL DEFAULT 1, "
                         "specificDate TEXT, teachingMode TEXT NOT NULL, timeZone TEXT NOT NULL DEFAULT 'UTC')"),
          QStringLiteral("CREATE INDEX availabilities_tutorProfile ON availabilities (tutorProfileId)"),
          QStringLiteral("CREATE TABLE lessonSlots (" STD_COLUMNS
                         ", coursePackId TEXT NOT NULL, tutorProfileId TEXT NOT NULL, "
                         "studentId TEXT, scheduledDate TEXT NOT NULL, scheduledTime TEXT NOT NULL, "
                         "status TEXT NOT NULL DEFAULT 'free', locationType TEXT, locationDetails TEXT, "
                         "sessionMode TEXT NOT NULL DEFAULT 'online', meetLink TEXT, startsAt TEXT NOT NULL, "
                         "endsAt TEXT NOT NULL, durationMinutes INTEGER NOT NULL DEFAULT 60)"),
          QStringLiteral("CREATE INDEX lessonSlots_pack ON lessonSlots (coursePackId, startsAt)"),
          QStringLiteral("CREATE INDEX lessonSlots_tutor ON lessonSlots (tutorProfileId, startsAt)"),
          QStringLiteral("CREATE INDEX lessonSlots_student ON lessonSlots (studentId)"),
          QStringLiteral("CREATE TABLE preliminaryMeetings (" STD_COLUMNS
                         ", coursePackId TEXT NOT NULL, studentId TEXT NOT NULL, "
                         "scheduledDatetime TEXT, tutorDecision TEXT NOT NULL DEFAULT 'pending', comments TEXT, "
                         "meetingLink TEXT)"),
          QStringLiteral("CREATE INDEX preliminaryMeetings_pack ON preliminaryMeetings (coursePackId, studentId)")}},
        {8,
         QStringLiteral("enrollments, refunds, payment records and the payment gateway simulator"),
         {QStringLiteral(
              "CREATE TABLE enrollments (" STD_COLUMNS ", coursePackId TEXT NOT NULL, studentId TEXT NOT NULL, "
              "tutorProfileId TEXT NOT NULL, lessonSlotIds TEXT NOT NULL, totalAmount REAL NOT NULL, "
              "currency TEXT NOT NULL, paymentStatus TEXT NOT NULL DEFAULT 'pending', "
              "refundStatus TEXT NOT NULL DEFAULT 'notRequested', enrollmentStatus TEXT NOT NULL DEFAULT 'pending', "
              "enrolledAt TEXT, paymentConfirmation TEXT NOT NULL DEFAULT 'pending')"),
          QStringLiteral("CREATE INDEX enrollments_student ON enrollments (studentId, coursePackId)"),
          QStringLiteral("CREATE INDEX enrollments_tutorProfile ON enrollments (tutorProfileId)"),
          QStringLiteral("CREATE INDEX enrollments_pack ON enrollments (coursePackId)"),
          QStringLiteral("CREATE TABLE refundRequests (" STD_COLUMNS
                         ", enrollmentId TEXT NOT NULL UNIQUE, requestedBy TEXT NOT NULL, "
                         "requestedAt TEXT NOT NULL, processedAt TEXT, status TEXT NOT NULL, reason TEXT NOT NULL, "
                         "firstLessonCompleted INTEGER NOT NULL DEFAULT 0, adminNote TEXT)"),
          QStringLiteral(
              "CREATE TABLE sys_enrollmentPayments (" STD_COLUMNS ", ownerId TEXT, orderId TEXT NOT NULL, "
              "paymentId TEXT NOT NULL, paymentStatus TEXT NOT NULL, statusLiteral TEXT NOT NULL, redirectUrl TEXT)"),
          QStringLiteral("CREATE INDEX sys_enrollmentPayments_order ON sys_enrollmentPayments (orderId)"),
          QStringLiteral("CREATE INDEX sys_enrollmentPayments_payment ON sys_enrollmentPayments (paymentId)"),
          QStringLiteral("CREATE TABLE sys_paymentCustomers (" STD_COLUMNS
                         ", userId TEXT, customerId TEXT NOT NULL UNIQUE, "
                         "platform TEXT NOT NULL DEFAULT 'stripe')"),
          QStringLiteral("CREATE TABLE sys_paymentMethods (" STD_COLUMNS
                         ", paymentMethodId TEXT NOT NULL UNIQUE, userId TEXT NOT NULL, "
                         "customerId TEXT NOT NULL, cardHolderName TEXT, cardHolderZip TEXT, "
                         "platform TEXT NOT NULL DEFAULT 'stripe', cardInfo TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX sys_paymentMethods_user ON sys_paymentMethods (userId)"),
          // The simulated gateway's own state (never card numbers: behaviour, brand and last four digits).
          QStringLiteral("CREATE TABLE gateway_customers (id TEXT PRIMARY KEY, merchantUserId TEXT NOT NULL UNIQUE, "
                         "createdAt TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE gateway_paymentMethods (id TEXT PRIMARY KEY, customerId TEXT NOT NULL, "
                         "behaviour TEXT NOT NULL, "
                         "brand TEXT NOT NULL, last4 TEXT NOT NULL, expMonth INTEGER NOT NULL, expYear INTEGER NOT "
                         "NULL, createdAt TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE gateway_paymentIntents (id TEXT PRIMARY KEY, customerId TEXT NOT NULL, "
                         "paymentMethodId TEXT NOT NULL, "
                         "amount INTEGER NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL, amountRefunded "
                         "INTEGER NOT NULL DEFAULT 0, "
                         "lastPaymentError TEXT, metadata TEXT, clientSecret TEXT NOT NULL, createdAt TEXT NOT NULL, "
                         "updatedAt TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE gateway_refunds (id TEXT PRIMARY KEY, paymentIntentId TEXT NOT NULL, amount "
                         "INTEGER NOT NULL, "
                         "reason TEXT, createdAt TEXT NOT NULL)")}},
        {9,
         QStringLiteral("platformAdmin: issues, moderation log, analytics reports"),
         {QStringLiteral("CREATE TABLE adminIssues (" STD_COLUMNS ", reportedBy TEXT NOT NULL, reportedUserId TEXT, "
                         "coursePackId TEXT, description TEXT NOT NULL, issueType TEXT NOT NULL, "
                         "status TEXT NOT NULL DEFAULT 'open', adminNote TEXT, resolution TEXT)"),
          QStringLiteral("CREATE INDEX adminIssues_reporter ON adminIssues (reportedBy)"),
          QStringLiteral("CREATE INDEX adminIssues_status ON adminIssues (status)"),
          QStringLiteral(
              "CREATE TABLE adminModerationActions (" STD_COLUMNS ", adminId TEXT NOT NULL, targetType TEXT NOT NULL, "
              "targetId TEXT NOT NULL, actionType TEXT NOT NULL, actionReason TEXT NOT NULL, actionDate TEXT NOT NULL, "
              "targetUserId TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX adminModerationActions_target ON adminModerationActions (targetUserId)"),
          QStringLiteral("CREATE TABLE adminAnalyticsReports (" STD_COLUMNS
                         ", reportType TEXT NOT NULL, filterParams TEXT, "
                         "generatedAt TEXT NOT NULL, reportUrl TEXT NOT NULL, reportData TEXT)")}},
        {10,
         QStringLiteral("messaging: conversations, chat messages (per-room sequence), room moderation"),
         {QStringLiteral(
              "CREATE TABLE conversations (" STD_COLUMNS
              ", conversationType TEXT NOT NULL, participantA TEXT NOT NULL, "
              "participantB TEXT NOT NULL, enrollmentId TEXT, lastMessageAt TEXT, lastMessagePreview TEXT, "
              "status TEXT NOT NULL DEFAULT 'active', participantAName TEXT, participantBName TEXT, courseTitle TEXT)"),
          QStringLiteral(
              "CREATE UNIQUE INDEX conversations_pair ON conversations (conversationType, participantA, participantB) "
              "WHERE isActive = 1"),
          QStringLiteral("CREATE INDEX conversations_b ON conversations (participantB)"),
          QStringLiteral(
              "CREATE TABLE chatMessages (" STD_COLUMNS
              ", roomId TEXT NOT NULL, senderId TEXT NOT NULL, senderName TEXT, "
              "senderAvatar TEXT, messageType TEXT NOT NULL, content TEXT NOT NULL, timestamp TEXT NOT NULL, "
              "status TEXT NOT NULL DEFAULT 'approved', replyTo TEXT, clientMessageId TEXT, sequence INTEGER NOT "
              "NULL)"),
          QStringLiteral("CREATE UNIQUE INDEX chatMessages_sequence ON chatMessages (roomId, sequence)"),
          QStringLiteral("CREATE UNIQUE INDEX chatMessages_client ON chatMessages (roomId, senderId, clientMessageId) "
                         "WHERE clientMessageId IS NOT NULL"),
          QStringLiteral(
              "CREATE TABLE chatModerations (" STD_COLUMNS ", roomId TEXT NOT NULL, userId TEXT NOT NULL, "
              "action TEXT NOT NULL, reason TEXT, duration INTEGER NOT NULL DEFAULT 0, expiresAt TEXT, issuedBy TEXT)"),
          QStringLiteral("CREATE INDEX chatModerations_room ON chatModerations (roomId, userId)")}},
        {11,
         QStringLiteral("notifications and push devices"),
         {QStringLiteral("CREATE TABLE notifications (" STD_COLUMNS ", userId TEXT NOT NULL, type TEXT NOT NULL, "
                         "title TEXT, body TEXT, refs TEXT, isSeen INTEGER NOT NULL DEFAULT 0, seenAt TEXT)"),
          QStringLiteral("CREATE INDEX notifications_user ON notifications (userId, isSeen)"),
          QStringLiteral("CREATE TABLE devices (" STD_COLUMNS ", userId TEXT NOT NULL, deviceToken TEXT NOT NULL, "
                         "platform TEXT NOT NULL, deviceName TEXT, lastSeenAt TEXT)"),
          QStringLiteral("CREATE INDEX devices_user ON devices (userId)")}},
        {12,
         QStringLiteral("agentHub: agent overrides, execution log, tool catalog"),
         {QStringLiteral(
              "CREATE TABLE sys_agentOverrides (" STD_COLUMNS ", agentName TEXT NOT NULL, provider TEXT, model TEXT, "
              "systemPrompt TEXT, temperature REAL, maxTokens INTEGER, responseFormat TEXT, selectedTools TEXT, "
              "guardrails TEXT, enabled INTEGER NOT NULL DEFAULT 1, updatedBy TEXT)"),
          QStringLiteral("CREATE UNIQUE INDEX sys_agentOverrides_name ON sys_agentOverrides (lower(agentName)) WHERE "
                         "isActive = 1"),
          QStringLiteral(
              "CREATE TABLE sys_agentExecutions (" STD_COLUMNS ", agentName TEXT NOT NULL, agentType TEXT NOT NULL, "
              "source TEXT NOT NULL, userId TEXT, input TEXT, output TEXT, toolCalls INTEGER, tokenUsage TEXT, "
              "durationMs INTEGER, status TEXT NOT NULL, error TEXT)"),
          QStringLiteral("CREATE TABLE sys_toolCatalogs (" STD_COLUMNS
                         ", toolName TEXT NOT NULL UNIQUE, serviceName TEXT NOT NULL, "
                         "description TEXT, parameters TEXT, lastRefreshed TEXT NOT NULL)")}},
        {19,
         QStringLiteral("bff: saved filters per user and index"),
         {QStringLiteral("CREATE TABLE savedFilters (" STD_COLUMNS ", userId TEXT NOT NULL, indexName TEXT NOT NULL, "
                         "filterName TEXT NOT NULL, conditions TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX savedFilters_user ON savedFilters (userId, indexName)")}},
        {21,
         QStringLiteral("bff list indexes for large data sets; the scale data marker"),
         {QStringLiteral("CREATE INDEX enrollments_bff_created ON enrollments (isActive, createdAt, id)"),
          QStringLiteral("CREATE INDEX enrollments_bff_updated ON enrollments (isActive, updatedAt, id)"),
          QStringLiteral("CREATE INDEX enrollments_bff_status ON enrollments (enrollmentStatus, isActive, createdAt)"),
          QStringLiteral("CREATE INDEX enrollments_bff_payment ON enrollments (paymentStatus, isActive, createdAt)"),
          QStringLiteral("CREATE INDEX enrollments_bff_student ON enrollments (studentId, isActive, createdAt)"),
          QStringLiteral("CREATE INDEX enrollments_bff_tutor ON enrollments (tutorProfileId, isActive, createdAt)"),
          QStringLiteral("CREATE INDEX lessonSlots_bff_created ON lessonSlots (isActive, createdAt, id)"),
          QStringLiteral("CREATE INDEX lessonSlots_bff_status ON lessonSlots (status, startsAt)"),
          QStringLiteral("CREATE INDEX coursePacks_bff_created ON coursePacks (isActive, createdAt, id)"),
          QStringLiteral("CREATE INDEX coursePacks_bff_category ON coursePacks (category)"),
          QStringLiteral("CREATE INDEX users_bff_created ON users (isActive, createdAt, id)"),
          QStringLiteral("CREATE INDEX users_bff_role ON users (roleId, isActive)"),
          QStringLiteral(
              "CREATE INDEX sys_enrollmentPayments_bff_created ON sys_enrollmentPayments (isActive, createdAt, id)"),
          QStringLiteral("CREATE TABLE scaleSeeds (n INTEGER NOT NULL, seededAt TEXT NOT NULL)")}},
        {22,
         QStringLiteral("bff list indexes end with id, so a filter and the list order (createdAt, id) share one index"),
         {QStringLiteral("DROP INDEX enrollments_bff_status"), QStringLiteral("DROP INDEX enrollments_bff_payment"),
          QStringLiteral("DROP INDEX enrollments_bff_student"), QStringLiteral("DROP INDEX enrollments_bff_tutor"),
          QStringLiteral(
              "CREATE INDEX enrollments_bff_status_id ON enrollments (enrollmentStatus, isActive, createdAt, id)"),
          QStringLiteral(
              "CREATE INDEX enrollments_bff_payment_id ON enrollments (paymentStatus, isActive, createdAt, id)"),
          QStringLiteral("CREATE INDEX enrollments_bff_student_id ON enrollments (studentId, isActive, createdAt, id)"),
          QStringLiteral(
              "CREATE INDEX enrollments_bff_tutor_id ON enrollments (tutorProfileId, isActive, createdAt, id)"),
          QStringLiteral("DROP INDEX lessonSlots_bff_status"), // out-ranked the per-pack index in the slot queries
          QStringLiteral("CREATE INDEX lessonSlots_bff_starts ON lessonSlots (startsAt)"),
          QStringLiteral("CREATE INDEX users_bff_account ON users (accountStatus, isActive)"),
          QStringLiteral("CREATE INDEX users_bff_application ON users (tutorApplicationStatus, isActive)")}},
        {23,
         QStringLiteral("realtime hub: read markers per user and room"),
         {QStringLiteral(
             "CREATE TABLE chatReadMarkers (roomId TEXT NOT NULL, userId TEXT NOT NULL, sequence INTEGER NOT NULL, "
             "readAt TEXT NOT NULL, PRIMARY KEY (roomId, userId))")}},
        {24,
         QStringLiteral("tutor workspace: material order, uploaded material files, the reason of a canceled lesson"),
         {QStringLiteral("ALTER TABLE courseMaterials ADD COLUMN sortOrder INTEGER"),
          QStringLiteral(
              "UPDATE courseMaterials SET sortOrder = (SELECT COUNT(*) FROM courseMaterials m WHERE m.coursePackId = "
              "courseMaterials.coursePackId AND m.isActive = 1 AND (m.createdAt < courseMaterials.createdAt OR "
              "(m.createdAt = courseMaterials.createdAt AND m.id < courseMaterials.id)))"),
          QStringLiteral("CREATE TABLE courseMaterialFiles (" STD_COLUMNS
                         ", coursePackId TEXT NOT NULL, fileName TEXT NOT NULL, "
                         "mimeType TEXT NOT NULL, fileSize INTEGER NOT NULL, accessKey TEXT NOT NULL UNIQUE, ownerId "
                         "TEXT, fileData BLOB)"),
          QStringLiteral("ALTER TABLE lessonSlots ADD COLUMN cancelReason TEXT")}},
        {25,
         QStringLiteral("stripe simulator: where a 3-D Secure step returns to, the card holder of a payment method"),
         {QStringLiteral("ALTER TABLE gateway_paymentIntents ADD COLUMN returnUrl TEXT"),
          QStringLiteral("ALTER TABLE gateway_paymentMethods ADD COLUMN holderName TEXT")}},
        {26,
         QStringLiteral("two-step sign-in: the user's e-mail 2FA switch, sessions waiting for their code (C30, C31)"),
         {QStringLiteral("ALTER TABLE users ADD COLUMN emailTwoFactor INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN pending2FA TEXT")}},
        {30,
         QStringLiteral("busy times of tutors imported from calendars (local extension, decision U4)"),
         {QStringLiteral("CREATE TABLE busyTimes (" STD_COLUMNS
                         ", tutorProfileId TEXT NOT NULL, startsAt TEXT NOT NULL, "
                         "endsAt TEXT NOT NULL, title TEXT, sourceUid TEXT, allDay INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX busyTimes_tutor ON busyTimes (tutorProfileId, startsAt)")}},
        {31,
         QStringLiteral("candidate times of screening meetings (local extension, decision U20)"),
         {QStringLiteral("CREATE TABLE screeningProposals (" STD_COLUMNS
                         ", preliminaryMeetingId TEXT NOT NULL, proposedAt TEXT NOT NULL, "
                         "proposedBy TEXT NOT NULL, status TEXT NOT NULL, meetingLink TEXT, note TEXT)"),
          QStringLiteral(
              "CREATE INDEX screeningProposals_meeting ON screeningProposals (preliminaryMeetingId, status)")}},
        {32,
         QStringLiteral("chat attachments: files uploaded into a conversation (local extension, decision U50)"),
         {QStringLiteral("CREATE TABLE chatFiles (" STD_COLUMNS ", roomId TEXT NOT NULL, uploaderId TEXT NOT NULL, "
                         "fileName TEXT NOT NULL, mimeType TEXT NOT NULL, fileSize INTEGER NOT NULL, width INTEGER, "
                         "height INTEGER, "
                         "thumbnail TEXT, messageId TEXT, fileData BLOB NOT NULL)"),
          QStringLiteral("CREATE INDEX chatFiles_room ON chatFiles (roomId)"),
          QStringLiteral("CREATE INDEX chatFiles_message ON chatFiles (messageId)")}},
        {33,
         QStringLiteral("issue priority and assignee (local extension issueTriage, decisions U60-U61)"),
         {QStringLiteral("ALTER TABLE adminIssues ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal'"),
          QStringLiteral("ALTER TABLE adminIssues ADD COLUMN assigneeId TEXT"),
          QStringLiteral("CREATE INDEX adminIssues_assignee ON adminIssues (assigneeId)")}},
        {34,
         QStringLiteral("list performance (issue 14, F42-F43): a trigram text index of course-pack titles kept by "
                        "triggers; sort indexes of the catalog"),
         {QStringLiteral(
              "CREATE VIRTUAL TABLE coursePacks_title USING fts5(title, id UNINDEXED, tokenize = 'trigram')"),
          QStringLiteral("INSERT INTO coursePacks_title (title, id) SELECT title, id FROM coursePacks"),
          QStringLiteral("CREATE TRIGGER coursePacks_title_insert AFTER INSERT ON coursePacks BEGIN "
                         "INSERT INTO coursePacks_title (title, id) VALUES (new.title, new.id); END"),
          QStringLiteral("CREATE TRIGGER coursePacks_title_update AFTER UPDATE OF title, id ON coursePacks BEGIN "
                         "DELETE FROM coursePacks_title WHERE id = old.id; "
                         "INSERT INTO coursePacks_title (title, id) VALUES (new.title, new.id); END"),
          QStringLiteral("CREATE TRIGGER coursePacks_title_delete AFTER DELETE ON coursePacks BEGIN "
                         "DELETE FROM coursePacks_title WHERE id = old.id; END"),
          // The catalog's category filter (lower(category) = ?, ListQuery) with its sorts, and price for all.
          QStringLiteral("CREATE INDEX coursePacks_category_price ON coursePacks (lower(category), price)"),
          QStringLiteral("CREATE INDEX coursePacks_category_created ON coursePacks (lower(category), createdAt)"),
          QStringLiteral("CREATE INDEX coursePacks_active_price ON coursePacks (isActive, price)")},
         // PostgreSQL (DB5): pg_trgm's GIN index answers lower(title) LIKE '%text%' itself; no side table.
         {QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
          QStringLiteral("CREATE INDEX coursePacks_title_trgm ON coursePacks USING gin (lower(title) gin_trgm_ops)"),
          QStringLiteral("CREATE INDEX coursePacks_category_price ON coursePacks (lower(category), price)"),
          QStringLiteral("CREATE INDEX coursePacks_category_created ON coursePacks (lower(category), createdAt)"),
          QStringLiteral("CREATE INDEX coursePacks_active_price ON coursePacks (isActive, price)")}},
        {35,
         QStringLiteral("what every instance on one database shares: the token signing key on PostgreSQL (SQLite "
                        "keeps it in the data directory), the last run of each background job (issue 18, DB9-DB10)"),
         {QStringLiteral("CREATE TABLE serverSecrets (name TEXT PRIMARY KEY, value TEXT NOT NULL, createdAt TEXT NOT "
                         "NULL)"),
          QStringLiteral("CREATE TABLE serverJobs (name TEXT PRIMARY KEY, lastRunAt TEXT NOT NULL)")}},
    };
}

#undef STD_COLUMNS

} // namespace tutorhub::server
