<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>tutorhub::api::ApiError</name>
    <message>
        <source>The TutorHub server did not answer in time. Check your connection and try again.</source>
        <translation>Der TutorHub-Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The TutorHub server at %1 did not answer in time. Check your connection and try again.</source>
        <translation>Der TutorHub-Server unter %1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer TutorHub cannot read. Check that the selected environment is a TutorHub server, or try again later.</source>
        <translation>Der Server hat eine Antwort gesendet, die TutorHub nicht lesen kann. Prüfen Sie, ob die gewählte Umgebung ein TutorHub-Server ist, oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer TutorHub cannot read. Check that the selected environment is a TutorHub server, or try again later.</source>
        <translation>Der Server unter %1 hat eine Antwort gesendet, die TutorHub nicht lesen kann. Prüfen Sie, ob die gewählte Umgebung ein TutorHub-Server ist, oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check your computer&apos;s date and time and your network, then try again.</source>
        <translation>Eine sichere Verbindung zu %1 konnte nicht aufgebaut werden. Prüfen Sie Datum und Uhrzeit Ihres Computers und Ihr Netzwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address of the environment and your internet connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Adresse der Umgebung und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>Cannot reach the local TutorHub server at %1. Restart TutorHub; if this keeps happening, choose another environment.</source>
        <translation>Der lokale TutorHub-Server unter %1 ist nicht erreichbar. Starten Sie TutorHub neu; wenn das wieder passiert, wählen Sie eine andere Umgebung.</translation>
    </message>
    <message>
        <source>Cannot reach the TutorHub server. Check your internet connection and try again.</source>
        <translation>Der TutorHub-Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the TutorHub server at %1. Check your internet connection and try again.</source>
        <translation>Der TutorHub-Server unter %1 ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>Sie sind nicht angemeldet oder Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>E-Mail-Adresse oder Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>Your e-mail address is not verified yet. Verify it with the code we sent you, then sign in again.</source>
        <translation>Ihre E-Mail-Adresse ist noch nicht bestätigt. Bestätigen Sie sie mit dem Code, den wir Ihnen gesendet haben, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>This account is suspended. Contact %1 to find out why and how to restore it.</source>
        <translation>Dieses Konto ist gesperrt. Wenden Sie sich an %1, um den Grund zu erfahren und das Konto wiederherzustellen.</translation>
    </message>
    <message>
        <source>This account has been banned. Contact %1 if you think this is a mistake.</source>
        <translation>Dieses Konto wurde dauerhaft gesperrt. Wenden Sie sich an %1, wenn Sie das für einen Fehler halten.</translation>
    </message>
    <message>
        <source>This account has been closed. Contact %1 if you want to reopen it.</source>
        <translation>Dieses Konto wurde geschlossen. Wenden Sie sich an %1, wenn Sie es wieder öffnen möchten.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask an administrator if you need access.</source>
        <translation>Dazu sind Sie nicht berechtigt. Bitten Sie eine Administratorin oder einen Administrator um Zugriff, falls Sie ihn benötigen.</translation>
    </message>
    <message>
        <source>This user does not exist or has been removed.</source>
        <translation>Diese Person existiert nicht oder wurde entfernt.</translation>
    </message>
    <message>
        <source>The requested item could not be found. It may have been removed; reload and try again.</source>
        <translation>Der angeforderte Eintrag wurde nicht gefunden. Er wurde möglicherweise entfernt; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Sign in instead, or reset the password if you forgot it.</source>
        <translation>Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Melden Sie sich stattdessen an oder setzen Sie das Passwort zurück, falls Sie es vergessen haben.</translation>
    </message>
    <message>
        <source>The server could not read the request. Try again; if this keeps happening, update TutorHub.</source>
        <translation>Der Server konnte die Anfrage nicht lesen. Versuchen Sie es erneut; wenn das wieder passiert, aktualisieren Sie TutorHub.</translation>
    </message>
    <message>
        <source>A required field is empty. Fill in all required fields and try again.</source>
        <translation>Ein Pflichtfeld ist leer. Füllen Sie alle Pflichtfelder aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>One of the values entered is not valid. Check your input and try again.</source>
        <translation>Einer der eingegebenen Werte ist ungültig. Prüfen Sie Ihre Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>One of the texts entered is too long. Shorten it and try again.</source>
        <translation>Einer der eingegebenen Texte ist zu lang. Kürzen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is too large to send. Use a smaller file or a shorter text.</source>
        <translation>Das ist zu groß zum Senden. Verwenden Sie eine kleinere Datei oder einen kürzeren Text.</translation>
    </message>
    <message>
        <source>Choose a password with 8 to 128 characters.</source>
        <translation>Wählen Sie ein Passwort mit 8 bis 128 Zeichen.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as name@example.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.</translation>
    </message>
    <message>
        <source>A code was sent less than a minute ago. Wait a minute before asking for a new one.</source>
        <translation>Vor weniger als einer Minute wurde ein Code gesendet. Warten Sie eine Minute, bevor Sie einen neuen anfordern.</translation>
    </message>
    <message>
        <source>The code is not correct. Check the code and try again.</source>
        <translation>Der Code ist nicht korrekt. Prüfen Sie den Code und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation>Der Code ist abgelaufen. Fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <source>There is no code waiting for this e-mail address. Ask for a new code first.</source>
        <translation>Für diese E-Mail-Adresse liegt kein Code vor. Fordern Sie zuerst einen neuen Code an.</translation>
    </message>
    <message>
        <source>This e-mail address is already verified. You can sign in.</source>
        <translation>Diese E-Mail-Adresse ist bereits bestätigt. Sie können sich anmelden.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Das aktuelle Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>Phone numbers are not supported. Use your e-mail address instead.</source>
        <translation>Telefonnummern werden nicht unterstützt. Verwenden Sie stattdessen Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The server did not accept this request. Check your input and try again.</source>
        <translation>Der Server hat diese Anfrage nicht angenommen. Prüfen Sie Ihre Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This conflicts with a change made in the meantime. Reload and try again.</source>
        <translation>Das steht im Konflikt mit einer zwischenzeitlichen Änderung. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Too many requests in a short time. Wait a moment and try again.</source>
        <translation>Zu viele Anfragen in kurzer Zeit. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The TutorHub server has a problem (error %1). Try again in a few minutes.</source>
        <translation>Der TutorHub-Server hat ein Problem (Fehler %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (%1). Try again later.</source>
        <translation>Der Server hat mit einem unerwarteten Fehler geantwortet (%1). Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::Environment</name>
    <message>
        <source>Local (on this computer)</source>
        <translation>Lokal (auf diesem Computer)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Custom server (%1)</source>
        <extracomment>%1 is a server address such as https://tutorhub.example.org</extracomment>
        <translation>Eigener Server (%1)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::TokenStore</name>
    <message>
        <source>TutorHub could not use your keyring to remember your sign-in. You will need to sign in again next time.</source>
        <translation>TutorHub konnte Ihren Schlüsselbund nicht verwenden, um Ihre Anmeldung zu speichern. Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>Your system has no keyring service, so TutorHub cannot remember your sign-in. You will need to sign in again next time.</source>
        <translation>Ihr System hat keinen Schlüsselbund-Dienst, daher kann TutorHub Ihre Anmeldung nicht speichern. Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>TutorHub was not allowed to use your keyring, so it cannot remember your sign-in. You will need to sign in again next time.</source>
        <translation>TutorHub durfte Ihren Schlüsselbund nicht verwenden und kann Ihre Anmeldung daher nicht speichern. Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>tutorhub::app::Application</name>
    <message>
        <source>You have signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your saved sign-in is no longer valid. Sign in again to continue.</source>
        <translation>Ihre gespeicherte Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Starting the local TutorHub server…</source>
        <translation>Der lokale TutorHub-Server wird gestartet …</translation>
    </message>
    <message>
        <source>Signing you in…</source>
        <translation>Sie werden angemeldet …</translation>
    </message>
</context>
<context>
    <name>tutorhub::app::CommandLine</name>
    <message>
        <source>Server to use: local, preview, staging, production or custom.</source>
        <translation>Zu verwendender Server: local, preview, staging, production oder custom.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address of the server: the host of the custom environment, or an already running local server to use instead of starting one.</source>
        <translation>Adresse des Servers: der Host der eigenen Umgebung oder ein bereits laufender lokaler Server, der verwendet wird, statt einen zu starten.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Folder for the settings and the local server&apos;s data (default: the standard application data folder).</source>
        <translation>Ordner für die Einstellungen und die Daten des lokalen Servers (Standard: der übliche Anwendungsdatenordner).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Fill a new local server with demo accounts and courses.</source>
        <translation>Einen neuen lokalen Server mit Demo-Konten und Kursen füllen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>TutorHub Desktop: learn and teach with tutors.</source>
        <translation>TutorHub Desktop: mit Tutorinnen und Tutoren lernen und lehren.</translation>
    </message>
    <message>
        <source>The command line is not valid: %1 Use --help to see the options.</source>
        <translation>Die Befehlszeile ist ungültig: %1 Mit --help sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Use --help to see the options.</source>
        <translation>Unerwartetes Argument „%1“. Mit --help sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;. Choose local, preview, staging, production or custom.</source>
        <translation>Unbekannte Umgebung „%1“. Wählen Sie local, preview, staging, production oder custom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a form like https://tutorhub.example.org or http://127.0.0.1:8080.</source>
        <translation>„%1“ ist keine Serveradresse. Verwenden Sie eine Form wie https://tutorhub.example.org oder http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>The custom environment needs a server address: add --server-url.</source>
        <translation>Die eigene Umgebung braucht eine Serveradresse: Geben Sie --server-url an.</translation>
    </message>
    <message>
        <source>--server-url can only be used with the local or the custom environment.</source>
        <translation>--server-url kann nur mit der lokalen oder der eigenen Umgebung verwendet werden.</translation>
    </message>
    <message>
        <source>--demo applies to a local server that TutorHub starts itself; it cannot be combined with --server-url.</source>
        <translation>--demo gilt für einen lokalen Server, den TutorHub selbst startet; es kann nicht mit --server-url kombiniert werden.</translation>
    </message>
    <message>
        <source>TutorHub Desktop %1</source>
        <translation>TutorHub Desktop %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::app::LocalServer</name>
    <message numerus="yes">
        <source>The local server did not start within %n second(s). Try again, or choose another server.</source>
        <translation>
            <numerusform>Der lokale Server ist nicht innerhalb von %n Sekunde gestartet. Versuchen Sie es erneut oder wählen Sie einen anderen Server.</numerusform>
            <numerusform>Der lokale Server ist nicht innerhalb von %n Sekunden gestartet. Versuchen Sie es erneut oder wählen Sie einen anderen Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>TutorHub could not find its local server program (tutorhub-server). Reinstall TutorHub, or choose another server.</source>
        <translation>TutorHub hat sein lokales Serverprogramm (tutorhub-server) nicht gefunden. Installieren Sie TutorHub neu oder wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>TutorHub could not create the folder for the local server&apos;s data (%1). Check that you may write there.</source>
        <translation>TutorHub konnte den Ordner für die Daten des lokalen Servers nicht anlegen (%1). Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>The local server stopped while starting. Try again, or choose another server.</source>
        <translation>Der lokale Server wurde beim Starten beendet. Versuchen Sie es erneut oder wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>The local server stopped while starting (exit code %1). Another program may be using its data folder, or the folder may be damaged. Try again, or choose another server.</source>
        <translation>Der lokale Server wurde beim Starten beendet (Exit-Code %1). Möglicherweise verwendet ein anderes Programm seinen Datenordner, oder der Ordner ist beschädigt. Versuchen Sie es erneut oder wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly. Sign in again to restart it, or choose another server.</source>
        <translation>Der lokale Server wurde unerwartet beendet. Melden Sie sich erneut an, um ihn neu zu starten, oder wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>The local server program could not be started. Check that TutorHub is installed completely, or choose another server.</source>
        <translation>Das lokale Serverprogramm konnte nicht gestartet werden. Prüfen Sie, ob TutorHub vollständig installiert ist, oder wählen Sie einen anderen Server.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::WorkspaceNavigationModel</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Chat in real time with the people you learn or teach with; unsent messages are kept until they are delivered.</source>
        <translation>Chatten Sie in Echtzeit mit den Menschen, mit denen Sie lernen oder die Sie unterrichten; nicht gesendete Nachrichten bleiben erhalten, bis sie zugestellt sind.</translation>
    </message>
    <message>
        <source>Find a tutor</source>
        <translation>Tutor finden</translation>
    </message>
    <message>
        <source>Browse tutors and their course packs by subject, language and price, and book lesson slots that suit you.</source>
        <translation>Durchsuchen Sie Tutorinnen, Tutoren und ihre Kurspakete nach Fach, Sprache und Preis und buchen Sie passende Unterrichtstermine.</translation>
    </message>
    <message>
        <source>My learning</source>
        <translation>Mein Lernen</translation>
    </message>
    <message>
        <source>Follow your enrollments and upcoming lessons, pay for course packs and ask for a refund after the first lesson.</source>
        <translation>Verfolgen Sie Ihre Einschreibungen und kommenden Stunden, bezahlen Sie Kurspakete und beantragen Sie nach der ersten Stunde eine Erstattung.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Report a problem with a lesson, a payment or a tutor, and follow how it is handled.</source>
        <translation>Melden Sie ein Problem mit einer Stunde, einer Zahlung oder einer Lehrkraft und verfolgen Sie, wie es bearbeitet wird.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Keep your public tutor profile up to date: photo, biography, subjects and certifications.</source>
        <translation>Halten Sie Ihr öffentliches Tutorenprofil aktuell: Foto, Biografie, Fächer und Zertifikate.</translation>
    </message>
    <message>
        <source>Course packs</source>
        <translation>Kurspakete</translation>
    </message>
    <message>
        <source>Publish course packs with their price, lesson count and materials.</source>
        <translation>Veröffentlichen Sie Kurspakete mit Preis, Stundenzahl und Materialien.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Set your weekly availability in your own time zone; students book the slots you open.</source>
        <translation>Legen Sie Ihre wöchentliche Verfügbarkeit in Ihrer eigenen Zeitzone fest; Lernende buchen die Termine, die Sie freigeben.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Run your booked lessons and screening meetings and mark them as completed.</source>
        <translation>Führen Sie Ihre gebuchten Stunden und Kennenlerngespräche durch und markieren Sie sie als abgeschlossen.</translation>
    </message>
    <message>
        <source>Students &amp; earnings</source>
        <translation>Lernende &amp; Einnahmen</translation>
    </message>
    <message>
        <source>See who is enrolled in your course packs and what you have earned.</source>
        <translation>Sehen Sie, wer in Ihren Kurspaketen eingeschrieben ist und was Sie verdient haben.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>An overview of what needs attention on the platform today.</source>
        <translation>Ein Überblick darüber, was heute auf der Plattform Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Triage problems reported by students and tutors, reply and resolve them.</source>
        <translation>Sichten Sie von Lernenden und Lehrenden gemeldete Probleme, antworten Sie und lösen Sie sie.</translation>
    </message>
    <message>
        <source>Tutor applications</source>
        <translation>Tutorenbewerbungen</translation>
    </message>
    <message>
        <source>Review tutor applications and approve or reject them with a note.</source>
        <translation>Prüfen Sie Tutorenbewerbungen und nehmen Sie sie mit einer Notiz an oder lehnen Sie sie ab.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Find users, change roles, warn, suspend or reactivate accounts.</source>
        <translation>Finden Sie Benutzer, ändern Sie Rollen, verwarnen, sperren oder reaktivieren Sie Konten.</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Moderate course packs; unpublishing one cancels its lessons and refunds its students.</source>
        <translation>Moderieren Sie Kurspakete; wird eines zurückgezogen, werden seine Stunden abgesagt und die Lernenden erstattet.</translation>
    </message>
    <message>
        <source>Enrollments &amp; refunds</source>
        <translation>Einschreibungen &amp; Erstattungen</translation>
    </message>
    <message>
        <source>Oversee enrollments and payments, and refund or cancel them.</source>
        <translation>Behalten Sie Einschreibungen und Zahlungen im Blick und erstatten oder stornieren Sie sie.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Charts of sign-ups, enrollments, revenue and refunds over time.</source>
        <translation>Diagramme zu Registrierungen, Einschreibungen, Umsatz und Erstattungen im Zeitverlauf.</translation>
    </message>
    <message>
        <source>AgentHub</source>
        <translation>AgentHub</translation>
    </message>
    <message>
        <source>Configure the platform&apos;s assistant agents and review what they did.</source>
        <translation>Konfigurieren Sie die Assistenz-Agenten der Plattform und prüfen Sie, was sie getan haben.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor(in)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Super administrator</source>
        <translation>Superadministrator(in)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator(in)</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::LoginWindow</name>
    <message>
        <source>Sign in – TutorHub</source>
        <translation>Anmelden – TutorHub</translation>
    </message>
    <message>
        <source>There is no server address for this environment yet.</source>
        <translation>Für diese Umgebung gibt es noch keine Serveradresse.</translation>
    </message>
    <message>
        <source>TutorHub</source>
        <translation>TutorHub</translation>
    </message>
    <message>
        <source>Learn and teach with tutors you can trust.</source>
        <translation>Lernen und lehren mit Tutorinnen und Tutoren, denen Sie vertrauen können.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Server environment</source>
        <translation>Serverumgebung</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>https://tutorhub.example.org</source>
        <translation>https://tutorhub.example.org</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Create an &amp;account</source>
        <translation>&amp;Konto erstellen</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>Pass&amp;wort vergessen?</translation>
    </message>
    <message>
        <source>Verify e-&amp;mail</source>
        <translation>E-&amp;Mail bestätigen</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>You start as a student. You can apply to teach later.</source>
        <translation>Sie beginnen als Lernende(r). Sie können sich später als Lehrkraft bewerben.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Vollständiger Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>&amp;Zurück zur Anmeldung</translation>
    </message>
    <message>
        <source>Verify your e-mail</source>
        <translation>E-Mail-Adresse bestätigen</translation>
    </message>
    <message>
        <source>We send a 6-digit code to your e-mail address. Enter it here to finish setting up your account.</source>
        <translation>Wir senden einen 6-stelligen Code an Ihre E-Mail-Adresse. Geben Sie ihn hier ein, um die Einrichtung Ihres Kontos abzuschließen.</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>&amp;Neuen Code senden</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Neuen Code senden</translation>
    </message>
    <message>
        <source>Development server: e-mails are not sent here, so the code is shown instead and has been filled in for you. Check it and confirm.</source>
        <translation>Entwicklungsserver: Hier werden keine E-Mails versendet, daher wird der Code angezeigt und wurde für Sie eingetragen. Prüfen und bestätigen Sie ihn.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>Verif&amp;y e-mail</source>
        <translation>E-Mail &amp;bestätigen</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>We send a 6-digit code to your e-mail address; with it you choose a new password.</source>
        <translation>Wir senden einen 6-stelligen Code an Ihre E-Mail-Adresse; damit wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>&amp;Code senden</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Reset code</source>
        <translation>Code zum Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Set new &amp;password</source>
        <translation>Neues &amp;Passwort festlegen</translation>
    </message>
    <message>
        <source>Create an account – TutorHub</source>
        <translation>Konto erstellen – TutorHub</translation>
    </message>
    <message>
        <source>Verify your e-mail – TutorHub</source>
        <translation>E-Mail-Adresse bestätigen – TutorHub</translation>
    </message>
    <message>
        <source>Reset your password – TutorHub</source>
        <translation>Passwort zurücksetzen – TutorHub</translation>
    </message>
    <message>
        <source>Enter the address of your TutorHub server, for example https://tutorhub.example.org.</source>
        <translation>Geben Sie die Adresse Ihres TutorHub-Servers ein, zum Beispiel https://tutorhub.example.org.</translation>
    </message>
    <message>
        <source>Starting the local server…</source>
        <translation>Der lokale Server wird gestartet …</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Geben Sie Ihren vollständigen Namen ein.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as name@example.org.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Ihr Konto wird erstellt …</translation>
    </message>
    <message>
        <source>Your account has been created. Verify your e-mail address to sign in.</source>
        <translation>Ihr Konto wurde erstellt. Bestätigen Sie Ihre E-Mail-Adresse, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Der Code wird gesendet …</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to %1. Enter it here to finish setting up your account.</source>
        <translation>Wir haben einen 6-stelligen Code an %1 gesendet. Geben Sie ihn hier ein, um die Einrichtung Ihres Kontos abzuschließen.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code.</source>
        <translation>Geben Sie den 6-stelligen Code ein.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Der Code wird geprüft …</translation>
    </message>
    <message>
        <source>Your e-mail address is verified. You can sign in now.</source>
        <translation>Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>Your e-mail address is verified. Signing you in…</source>
        <translation>Ihre E-Mail-Adresse ist bestätigt. Sie werden angemeldet …</translation>
    </message>
    <message>
        <source>We sent a code to %1. Enter it with your new password.</source>
        <translation>Wir haben einen Code an %1 gesendet. Geben Sie ihn zusammen mit Ihrem neuen Passwort ein.</translation>
    </message>
    <message>
        <source>Setting your new password…</source>
        <translation>Ihr neues Passwort wird festgelegt …</translation>
    </message>
    <message>
        <source>Your password has been changed. Sign in with your new password.</source>
        <translation>Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::MainWindow</name>
    <message>
        <source>TutorHub</source>
        <translation>TutorHub</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>%1 – TutorHub</source>
        <translation>%1 – TutorHub</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is the role (&quot;Student&quot;, &quot;Tutor&quot;, …), %2 the server environment (&quot;Local (on this computer)&quot;, …)</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::ProgressWindow</name>
    <message>
        <source>TutorHub</source>
        <translation>TutorHub</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::WorkspacePage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Kommt in einer späteren Version</translation>
    </message>
</context>
</TS>
