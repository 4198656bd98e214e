#include "chaterrors.h"

#include <QCoreApplication>

namespace tutorhub::models {

namespace {

struct ChatSentence
{
    const char *code;
    const char *sentence;
};

// The codes a chat user can meet, as data; the text is translated at lookup.
constexpr ChatSentence kSentences[] = {
    {"errMsg_NotConversationParticipant",
     QT_TRANSLATE_NOOP("tutorhub::models::Chat", "You are not part of this conversation.")},
    {"errMsg_OneWayConversation",
     QT_TRANSLATE_NOOP("tutorhub::models::Chat",
                       "Notices from the TutorHub team cannot be answered here. Use Help to contact the team.")},
    {"errMsg_ConversationClosed",
     QT_TRANSLATE_NOOP("tutorhub::models::Chat",
                       "This conversation is closed. You can read it but not send new messages.")},
    {"errMsg_SilencedInConversation",
     QT_TRANSLATE_NOOP("tutorhub::models::Chat", "You cannot send messages in this conversation at the moment.")},
    {"errMsg_ChatHubUnavailable",
     QT_TRANSLATE_NOOP("tutorhub::models::Chat",
                       "This server has no live chat service, so messages cannot be sent from the app. The message is "
                       "kept: use Retry once the service is available.")},
    {"errMsg_BlockedInConversation",
     QT_TRANSLATE_NOOP("tutorhub::models::Chat", "You have been blocked in this conversation.")},
    {"errMsg_FrameTooLarge",
     QT_TRANSLATE_NOOP("tutorhub::models::Chat", "This message is too long. Shorten it and send it again.")},
    {"errMsg_RateLimited",
     QT_TRANSLATE_NOOP("tutorhub::models::Chat",
                       "Too many messages in a short time. Wait a moment; they are sent automatically.")},
    {"errMsg_ParameterTooLong",
     QT_TRANSLATE_NOOP("tutorhub::models::Chat", "This message is too long (at most 4,000 characters).")},
};

} // namespace

QString chatErrorSentence(const api::ApiError &error)
{
    const QString code = error.code.section(QLatin1Char(':'), 0, 0);
    for (const ChatSentence &s : kSentences)
        if (code == QLatin1String(s.code))
            return QCoreApplication::translate("tutorhub::models::Chat", s.sentence);
    return error.userMessage();
}

} // namespace tutorhub::models
