<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tutorhub::api::RealtimeConnection</name>
    <message numerus="yes">
        <source>This server has no live chat: messages are refreshed every %n s and cannot be sent from the app</source>
        <translation>
            <numerusform>This server has no live chat: messages are refreshed every %n s and cannot be sent from the app</numerusform>
            <numerusform>This server has no live chat: messages are refreshed every %n s and cannot be sent from the app</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chat disconnected: reconnecting in %n s</source>
        <translation>
            <numerusform>Chat disconnected: reconnecting in %n s</numerusform>
            <numerusform>Chat disconnected: reconnecting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::app::LocalServer</name>
    <message numerus="yes">
        <source>The local server did not start within %n second(s). Try again, or choose another server.</source>
        <translation>
            <numerusform>The local server did not start within %n second. Try again, or choose another server.</numerusform>
            <numerusform>The local server did not start within %n seconds. Try again, or choose another server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ConversationListModel</name>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n unread message</numerusform>
            <numerusform>%1, %n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::models::Format</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::models::LessonReminders</name>
    <message numerus="yes">
        <source>%1 starts in %n minute(s) (%2).</source>
        <extracomment>A lesson reminder: %1 the course pack, %2 its date, time and time zone</extracomment>
        <translation>
            <numerusform>%1 starts in %n minute (%2).</numerusform>
            <numerusform>%1 starts in %n minutes (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %2 starts in %n minute(s) (%3).</source>
        <extracomment>A lesson reminder: %1 the course pack, %2 the other person, %3 its date, time and time zone</extracomment>
        <translation>
            <numerusform>%1 with %2 starts in %n minute (%3).</numerusform>
            <numerusform>%1 with %2 starts in %n minutes (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AdminWorkspace</name>
    <message numerus="yes">
        <source>%n moderation sequence(s) did not finish; the first: %1 — %2 (started %3).</source>
        <translation>
            <numerusform>%n moderation sequence did not finish; the first: %1 — %2 (started %3).</numerusform>
            <numerusform>%n moderation sequences did not finish; the first: %1 — %2 (started %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::EnrollmentDesk</name>
    <message numerus="yes">
        <source>The server&apos;s cleanup canceled %n enrollment(s) that were paid, which it must never do. Check them in the enrollment list and tell the operator of this server.</source>
        <translation>
            <numerusform>The server&apos;s cleanup canceled %n enrollment that was paid, which it must never do. Check it in the enrollment list and tell the operator of this server.</numerusform>
            <numerusform>The server&apos;s cleanup canceled %n enrollments that were paid, which it must never do. Check them in the enrollment list and tell the operator of this server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid enrollment(s) canceled.</source>
        <translation>
            <numerusform>%n unpaid enrollment canceled.</numerusform>
            <numerusform>%n unpaid enrollments canceled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::ImpactPreview</name>
    <message numerus="yes">
        <source>%n enrollment(s) will be canceled (%1 paid); %2 will be refunded; %3 booked lesson(s) will be freed.</source>
        <translation>
            <numerusform>%n enrollment will be canceled (%1 paid); %2 will be refunded; %3 booked lesson(s) will be freed.</numerusform>
            <numerusform>%n enrollments will be canceled (%1 paid); %2 will be refunded; %3 booked lesson(s) will be freed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>A month cell that has no room for every event: how many more there are.</extracomment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <extracomment>The selected day in the calendar, for screen readers: how many lessons and meetings it has.</extracomment>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::LessonRemindersController</name>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::AdminTable</name>
    <message numerus="yes">
        <source>Page %1 of %2 · %n row(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %n row</numerusform>
            <numerusform>Page %1 of %2 · %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::ModerationDialog</name>
    <message numerus="yes">
        <source>Done. %n enrollment(s) canceled.</source>
        <translation>
            <numerusform>Done. %n enrollment canceled.</numerusform>
            <numerusform>Done. %n enrollments canceled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::DockRail</name>
    <message numerus="yes">
        <source>Show the chat (%n unread)</source>
        <extracomment>the collapsed chat&apos;s button; %n is the number of unread messages</extracomment>
        <translation>
            <numerusform>Show the chat (%n unread)</numerusform>
            <numerusform>Show the chat (%n unread)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::AvailabilityPage</name>
    <message numerus="yes">
        <source>%n busy time(s) imported. No lesson is generated in them.</source>
        <translation>
            <numerusform>%n busy time imported. No lesson is generated in it.</numerusform>
            <numerusform>%n busy times imported. No lesson is generated in them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::BusyTimesImportDialog</name>
    <message numerus="yes">
        <source>%n busy time(s) found between these dates.</source>
        <translation>
            <numerusform>%n busy time found between these dates.</numerusform>
            <numerusform>%n busy times found between these dates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them imported before; they are not imported again.</source>
        <translation>
            <numerusform>%n of them imported before; it is not imported again.</numerusform>
            <numerusform>%n of them imported before; they are not imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled or free event(s) left out.</source>
        <translation>
            <numerusform>%n cancelled or free event left out.</numerusform>
            <numerusform>%n cancelled or free events left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import adds %n busy time(s).</source>
        <translation>
            <numerusform>Import adds %n busy time.</numerusform>
            <numerusform>Import adds %n busy times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) imported.</source>
        <translation>
            <numerusform>%n busy time imported.</numerusform>
            <numerusform>%n busy times imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported; the list says why. Import tries them again.</source>
        <translation>
            <numerusform>%n could not be imported; the list says why. Import tries it again.</numerusform>
            <numerusform>%n could not be imported; the list says why. Import tries them again.</numerusform>
        </translation>
    </message>
</context>
</TS>
