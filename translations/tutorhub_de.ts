<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>The chat is not available: sign in again to use it.</source>
        <translation>Der Chat ist nicht verfügbar: Melden Sie sich erneut an, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Chat unavailable</source>
        <translation>Chat nicht verfügbar</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat (%1 unread)</source>
        <translation>Chat (%1 ungelesen)</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
        <source>Worked examples, chapter 3</source>
        <translation>Musterlösungen, Kapitel 3</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Could we meet a little later?</source>
        <translation>Könnten wir uns etwas später treffen?</translation>
    </message>
</context>
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
    <message>
        <source>The server answered with enrollments that do not belong to the person or course you are acting on (it does not apply its &quot;%1&quot; filter), so TutorHub stopped before canceling or refunding anything. Nothing was changed by this step. Tell the operator of this server; try again once it is fixed.</source>
        <translation>Der Server hat Einschreibungen geliefert, die nicht zu der Person oder dem Kurs gehören, um die es geht (er wendet seinen Filter „%1“ nicht an). Deshalb hat TutorHub angehalten, bevor etwas storniert oder erstattet wurde. Dieser Schritt hat nichts geändert. Informieren Sie den Betreiber dieses Servers und versuchen Sie es erneut, sobald der Fehler behoben ist.</translation>
    </message>
    <message>
        <source>The server canceled enrollments that do not belong to the person or course you are acting on, so TutorHub stopped. Check the canceled enrollments in the enrollment list and tell the operator of this server.</source>
        <translation>Der Server hat Einschreibungen storniert, die nicht zu der Person oder dem Kurs gehören, um die es geht; deshalb hat TutorHub angehalten. Prüfen Sie die stornierten Einschreibungen in der Einschreibungsliste und informieren Sie den Betreiber dieses Servers.</translation>
    </message>
    <message>
        <source>The server sent the same rows again when TutorHub read the next page of a list, so TutorHub stopped before changing anything. Tell the operator of this server; try again once it is fixed.</source>
        <translation>Der Server hat beim Lesen der nächsten Seite einer Liste dieselben Zeilen erneut gesendet; deshalb hat TutorHub angehalten, bevor etwas geändert wurde. Informieren Sie den Betreiber dieses Servers und versuchen Sie es erneut, sobald der Fehler behoben ist.</translation>
    </message>
    <message>
        <source>A canceled enrollment is still marked as paid. Resume to check again; if it stays, refund it from the enrollment list.</source>
        <translation>Eine stornierte Einschreibung ist noch als bezahlt markiert. Setzen Sie fort, um erneut zu prüfen; bleibt es so, erstatten Sie sie über die Einschreibungsliste.</translation>
    </message>
    <message>
        <source>This enrollment is not paid or is already canceled, so there is nothing to refund.</source>
        <translation>Diese Einschreibung ist nicht bezahlt oder bereits storniert; es gibt nichts zu erstatten.</translation>
    </message>
    <message>
        <source>This refund request was already decided.</source>
        <translation>Über diesen Erstattungsantrag wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>This sign-in is not finished yet. Enter the code we sent you, or sign in again.</source>
        <translation>Diese Anmeldung ist noch nicht abgeschlossen. Geben Sie den Code ein, den wir Ihnen gesendet haben, oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are offline: booking needs the server. Try again when the connection is back.</source>
        <translation>Sie sind offline: Eine Buchung braucht den Server. Versuchen Sie es erneut, wenn die Verbindung wieder besteht.</translation>
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
    <name>tutorhub::api::RealtimeConnection</name>
    <message>
        <source>Chat offline</source>
        <translation>Chat offline</translation>
    </message>
    <message>
        <source>Connecting to chat…</source>
        <translation>Verbindung zum Chat wird hergestellt …</translation>
    </message>
    <message>
        <source>Chat connected</source>
        <translation>Chat verbunden</translation>
    </message>
    <message numerus="yes">
        <source>Chat disconnected: reconnecting in %n s</source>
        <translation>
            <numerusform>Chat getrennt: neuer Verbindungsversuch in %n s</numerusform>
            <numerusform>Chat getrennt: neuer Verbindungsversuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat disconnected: reconnecting…</source>
        <translation>Chat getrennt: Verbindung wird wiederhergestellt …</translation>
    </message>
    <message numerus="yes">
        <source>This server has no live chat: messages are refreshed every %n s and cannot be sent from the app</source>
        <translation>
            <numerusform>Dieser Server hat keinen Live-Chat: Nachrichten werden alle %n s aktualisiert und können nicht aus der App gesendet werden</numerusform>
            <numerusform>Dieser Server hat keinen Live-Chat: Nachrichten werden alle %n s aktualisiert und können nicht aus der App gesendet werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::api::StripeClient</name>
    <message>
        <source>Card payments are not set up correctly for this environment: the payment service refused the app&apos;s key. Tell your TutorHub administrator; nothing was charged.</source>
        <translation>Kartenzahlungen sind für diese Umgebung nicht richtig eingerichtet: Der Zahlungsdienst hat den Schlüssel der App abgelehnt. Bitte wenden Sie sich an Ihre TutorHub-Administration; es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>There were too many payment attempts. Wait a minute and try again; nothing was charged.</source>
        <translation>Es gab zu viele Zahlungsversuche. Warten Sie eine Minute und versuchen Sie es erneut; es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>Your bank did not confirm the payment and nothing was charged. Pay again to retry, or use another card.</source>
        <translation>Ihre Bank hat die Zahlung nicht bestätigt, es wurde nichts abgebucht. Zahlen Sie erneut oder verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <source>This is a test environment: real cards are not accepted here. Use one of the test cards shown below.</source>
        <translation>Dies ist eine Testumgebung: Echte Karten werden hier nicht angenommen. Verwenden Sie eine der unten genannten Testkarten.</translation>
    </message>
    <message>
        <source>The card was declined and nothing was charged. Try another card.</source>
        <translation>Die Karte wurde abgelehnt, es wurde nichts abgebucht. Versuchen Sie es mit einer anderen Karte.</translation>
    </message>
    <message>
        <source>The card has expired and nothing was charged. Use another card.</source>
        <translation>Die Karte ist abgelaufen, es wurde nichts abgebucht. Verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <source>The security code is not correct and nothing was charged. Check the digits on the back of the card.</source>
        <translation>Der Sicherheitscode stimmt nicht, es wurde nichts abgebucht. Prüfen Sie die Ziffern auf der Rückseite der Karte.</translation>
    </message>
    <message>
        <source>The card number is not correct. Check it and try again.</source>
        <translation>Die Kartennummer stimmt nicht. Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The expiry date is not valid. Check the month and year printed on the card.</source>
        <translation>Das Ablaufdatum ist ungültig. Prüfen Sie Monat und Jahr auf der Karte.</translation>
    </message>
    <message>
        <source>The card could not be processed and nothing was charged. Try again in a moment.</source>
        <translation>Die Karte konnte nicht verarbeitet werden, es wurde nichts abgebucht. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The card was not accepted and nothing was charged. Try another card.</source>
        <translation>Die Karte wurde nicht angenommen, es wurde nichts abgebucht. Versuchen Sie es mit einer anderen Karte.</translation>
    </message>
    <message>
        <source>The payment service has a problem right now and nothing was charged. Try again in a few minutes.</source>
        <translation>Der Zahlungsdienst hat gerade ein Problem, es wurde nichts abgebucht. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The payment could not go ahead and nothing was charged. Close this window and pay again from My learning.</source>
        <translation>Die Zahlung konnte nicht ausgeführt werden, es wurde nichts abgebucht. Schließen Sie dieses Fenster und zahlen Sie erneut über „Mein Lernen“.</translation>
    </message>
    <message>
        <source>The payment service could not be reached and nothing was charged. Check your connection and try again.</source>
        <translation>Der Zahlungsdienst ist nicht erreichbar, es wurde nichts abgebucht. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::StripeConfig</name>
    <message>
        <source>Card payments are not set up for %1: this app has no Stripe publishable key for it. Ask your TutorHub administrator for the key and add it to the settings as “%2”.</source>
        <translation>Kartenzahlungen sind für %1 nicht eingerichtet: Der App fehlt dafür ein öffentlicher Stripe-Schlüssel. Fragen Sie Ihre TutorHub-Administration nach dem Schlüssel und tragen Sie ihn in den Einstellungen als „%2“ ein.</translation>
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
    <message>
        <source>This account signs in with a code sent by e-mail. Sign in here to receive it.</source>
        <translation>Dieses Konto meldet sich mit einem Code an, der per E-Mail gesendet wird. Melden Sie sich hier an, um ihn zu erhalten.</translation>
    </message>
    <message>
        <source>The server no longer accepts the sign-in this app remembered: the account was signed out elsewhere or its password was changed while you were offline. Sign in again to continue; messages you wrote offline are kept and sent after you sign in.</source>
        <translation>Der Server akzeptiert die Anmeldung nicht mehr, die sich diese App gemerkt hat: Das Konto wurde anderswo abgemeldet oder sein Passwort wurde geändert, während Sie offline waren. Melden Sie sich erneut an, um fortzufahren; Nachrichten, die Sie offline geschrieben haben, bleiben erhalten und werden nach der Anmeldung gesendet.</translation>
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
    <message>
        <source>%1 uses plain http, which would send your password unencrypted over the network. Use an https:// address; http is allowed only for a server on this computer.</source>
        <translation>%1 verwendet unverschlüsseltes http, damit würde Ihr Passwort unverschlüsselt über das Netzwerk gesendet. Verwenden Sie eine https://-Adresse; http ist nur für einen Server auf diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>Language of the windows: en, de, fr or es (default: the one chosen in the app, else the system language).</source>
        <translation>Sprache der Fenster: en, de, fr oder es (Standard: die in der App gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Choose en (English), de (Deutsch), fr (Français) or es (Español).</source>
        <translation>Unbekannte Sprache „%1“. Wählen Sie en (English), de (Deutsch), fr (Français) oder es (Español).</translation>
    </message>
    <message>
        <source>Appearance of the windows: system, light, dark or high-contrast (default: the one chosen in the app, else the system&apos;s).</source>
        <translation>Erscheinungsbild der Fenster: system, light, dark oder high-contrast (Standard: das in der App gewählte, sonst das des Systems).</translation>
    </message>
    <message>
        <source>Unknown appearance &quot;%1&quot;. Choose system, light, dark or high-contrast.</source>
        <translation>Unbekanntes Erscheinungsbild „%1“. Wählen Sie system, light, dark oder high-contrast.</translation>
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
    <message>
        <source>Another program answered in place of TutorHub&apos;s local server, so TutorHub did not connect to it. Try again, or choose another server.</source>
        <translation>Ein anderes Programm hat anstelle des lokalen TutorHub-Servers geantwortet, daher hat sich TutorHub nicht damit verbunden. Versuchen Sie es erneut oder wählen Sie einen anderen Server.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::BusyTimes</name>
    <message>
        <source>An event in the file (“%1”) has no start time, so the file cannot be read. Export it again from your calendar program.</source>
        <translation>Ein Termin der Datei („%1“) hat keine Anfangszeit, daher kann die Datei nicht gelesen werden. Exportieren Sie sie erneut aus Ihrem Kalenderprogramm.</translation>
    </message>
    <message>
        <source>The event “%1” uses a time zone the file does not describe (%2). Export the calendar again with its time zones included.</source>
        <translation>Der Termin „%1“ verwendet eine Zeitzone, die die Datei nicht beschreibt (%2). Exportieren Sie den Kalender erneut mit seinen Zeitzonen.</translation>
    </message>
    <message>
        <source>The event “%1” has a start time that cannot be read. Export the calendar again from your calendar program.</source>
        <translation>Die Anfangszeit des Termins „%1“ kann nicht gelesen werden. Exportieren Sie den Kalender erneut aus Ihrem Kalenderprogramm.</translation>
    </message>
    <message>
        <source>The repeat rule of the event “%1” cannot be read. Export the calendar again from your calendar program.</source>
        <translation>Die Wiederholungsregel des Termins „%1“ kann nicht gelesen werden. Exportieren Sie den Kalender erneut aus Ihrem Kalenderprogramm.</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>This file is not an iCalendar (.ics) file. Choose a file exported from a calendar program.</source>
        <translation>Diese Datei ist keine iCalendar-Datei (.ics). Wählen Sie eine Datei, die aus einem Kalenderprogramm exportiert wurde.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Export a shorter period from your calendar program and import that file.</source>
        <translation>Die Datei ist größer als %1 MB. Exportieren Sie einen kürzeren Zeitraum aus Ihrem Kalenderprogramm und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>Choose a range of dates that ends on or after its first day and spans at most %1 days.</source>
        <translation>Wählen Sie einen Zeitraum, der nicht vor seinem ersten Tag endet und höchstens %1 Tage umfasst.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read (%1). Export it again from your calendar program.</source>
        <translation>Die Datei ist beschädigt und kann nicht gelesen werden (%1). Exportieren Sie sie erneut aus Ihrem Kalenderprogramm.</translation>
    </message>
    <message>
        <source>The file has more than %1 busy times between these dates. Choose a shorter range of dates.</source>
        <translation>Die Datei enthält mehr als %1 belegte Zeiten zwischen diesen Daten. Wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>Busy times cannot be kept on this computer: the app has no data folder.</source>
        <translation>Belegte Zeiten können auf diesem Computer nicht gespeichert werden: Die App hat keinen Datenordner.</translation>
    </message>
    <message>
        <source>Your busy times could not be read from %1 (%2).</source>
        <translation>Ihre belegten Zeiten konnten nicht aus %1 gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The file of your busy times, %1, is damaged. Move it away and import your calendar again.</source>
        <translation>Die Datei Ihrer belegten Zeiten, %1, ist beschädigt. Verschieben Sie sie und importieren Sie Ihren Kalender erneut.</translation>
    </message>
    <message>
        <source>Your busy times could not be saved in %1 (%2).</source>
        <translation>Ihre belegten Zeiten konnten nicht in %1 gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>This busy time ends before it starts.</source>
        <translation>Diese belegte Zeit endet, bevor sie beginnt.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::Chat</name>
    <message>
        <source>You are not part of this conversation.</source>
        <translation>Sie sind nicht an dieser Unterhaltung beteiligt.</translation>
    </message>
    <message>
        <source>Notices from the TutorHub team cannot be answered here. Use Help to contact the team.</source>
        <translation>Mitteilungen des TutorHub-Teams können hier nicht beantwortet werden. Wenden Sie sich über die Hilfe an das Team.</translation>
    </message>
    <message>
        <source>This conversation is closed. You can read it but not send new messages.</source>
        <translation>Diese Unterhaltung ist geschlossen. Sie können sie lesen, aber keine neuen Nachrichten senden.</translation>
    </message>
    <message>
        <source>You cannot send messages in this conversation at the moment.</source>
        <translation>Sie können in dieser Unterhaltung zurzeit keine Nachrichten senden.</translation>
    </message>
    <message>
        <source>You have been blocked in this conversation.</source>
        <translation>Sie wurden in dieser Unterhaltung blockiert.</translation>
    </message>
    <message>
        <source>This message is too long. Shorten it and send it again.</source>
        <translation>Diese Nachricht ist zu lang. Kürzen Sie sie und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Too many messages in a short time. Wait a moment; they are sent automatically.</source>
        <translation>Zu viele Nachrichten in kurzer Zeit. Warten Sie einen Moment; sie werden automatisch gesendet.</translation>
    </message>
    <message>
        <source>This message is too long (at most 4,000 characters).</source>
        <translation>Diese Nachricht ist zu lang (höchstens 4.000 Zeichen).</translation>
    </message>
    <message>
        <source>This server has no live chat service, so messages cannot be sent from the app. The message is kept: use Retry once the service is available.</source>
        <translation>Dieser Server hat keinen Live-Chat-Dienst, daher können Nachrichten nicht aus der App gesendet werden. Die Nachricht bleibt erhalten: Verwenden Sie „Erneut versuchen“, sobald der Dienst verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ChatDownloader</name>
    <message>
        <source>“%1” could not be saved there: %2. Choose another folder.</source>
        <translation>„%1“ konnte dort nicht gespeichert werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ChatUploader</name>
    <message>
        <source>“%1” is not there any more. Choose the file again.</source>
        <translation>„%1“ ist nicht mehr vorhanden. Wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check that you may open it, then try again.</source>
        <translation>„%1“ kann nicht gelesen werden. Prüfen Sie, ob Sie die Datei öffnen dürfen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” is empty. Choose a file with content.</source>
        <translation>„%1“ ist leer. Wählen Sie eine Datei mit Inhalt.</translation>
    </message>
    <message>
        <source>“%1” is %2; chat files may be up to %3. Send a smaller file or share a link to it.</source>
        <translation>„%1“ ist %2 groß; Dateien im Chat dürfen bis zu %3 groß sein. Senden Sie eine kleinere Datei oder teilen Sie einen Link darauf.</translation>
    </message>
    <message>
        <source>This server does not take files in the chat. Share a link to the file instead.</source>
        <translation>Dieser Server nimmt keine Dateien im Chat an. Teilen Sie stattdessen einen Link zur Datei.</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Öffnen Sie zuerst eine Unterhaltung.</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Das eingefügte Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The pasted image could not be saved for sending: %1</source>
        <translation>Das eingefügte Bild konnte nicht zum Senden gespeichert werden: %1</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most a chat file may have. Send a smaller file or share a link to it.</source>
        <translation>„%1“ ist größer als %2, die Höchstgröße für Dateien im Chat. Senden Sie eine kleinere Datei oder teilen Sie einen Link darauf.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ChatViewModel</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>The chat is offline: the change was not saved. Try again when it is connected.</source>
        <translation>Der Chat ist offline: Die Änderung wurde nicht gespeichert. Versuchen Sie es erneut, sobald die Verbindung besteht.</translation>
    </message>
    <message>
        <source>The chat is offline: the message was not deleted. Try again when it is connected.</source>
        <translation>Der Chat ist offline: Die Nachricht wurde nicht gelöscht. Versuchen Sie es erneut, sobald die Verbindung besteht.</translation>
    </message>
    <message>
        <source>Enter a valid link and, for a document, a file name.</source>
        <translation>Geben Sie einen gültigen Link und bei einem Dokument einen Dateinamen ein.</translation>
    </message>
    <message>
        <source>A warning can be at most %1 characters long (this one has %2). Please shorten it and send it again.</source>
        <translation>Eine Verwarnung darf höchstens %1 Zeichen lang sein (diese hat %2). Bitte kürzen Sie sie und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>The warning was sent.</source>
        <translation>Die Verwarnung wurde gesendet.</translation>
    </message>
    <message>
        <source>The chat is offline. Try again when it is connected.</source>
        <translation>Der Chat ist offline. Versuchen Sie es erneut, sobald die Verbindung besteht.</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>The restriction was lifted.</source>
        <translation>Die Einschränkung wurde aufgehoben.</translation>
    </message>
    <message>
        <source>%1 is blocked in this conversation%2.</source>
        <translation>%1 ist in dieser Unterhaltung blockiert%2.</translation>
    </message>
    <message>
        <source>%1 is silenced in this conversation%2.</source>
        <translation>%1 ist in dieser Unterhaltung stummgeschaltet%2.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ConversationListModel</name>
    <message>
        <source>Message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>[Image] %1</source>
        <translation>[Bild] %1</translation>
    </message>
    <message>
        <source>[Document] %1</source>
        <translation>[Dokument] %1</translation>
    </message>
    <message>
        <source>TutorHub team (notices)</source>
        <translation>TutorHub-Team (Mitteilungen)</translation>
    </message>
    <message>
        <source>TutorHub team</source>
        <translation>TutorHub-Team</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n ungelesene Nachricht</numerusform>
            <numerusform>%1, %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::models::Format</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>time zone name, e.g. &quot;Europe/Berlin (CET)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>date and time of day, e.g. &quot;Mon 23 Nov 2026, 14:00&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing what was known at %1 (%2)</source>
        <extracomment>%1 the time (today) or date and time the rows were received, %2 how long ago (&quot;2 hours ago&quot;)</extracomment>
        <translation>Offline — angezeigt wird der Stand von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ICalendar</name>
    <message>
        <source>Lesson</source>
        <translation>Stunde</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::Labels</name>
    <message>
        <source>Super administrator</source>
        <translation>Superadministrator(in)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator(in)</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor(in)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Dauerhaft gesperrt</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht beworben</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexibel</translation>
    </message>
    <message>
        <source>Fixed schedule</source>
        <translation>Fester Zeitplan</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Beanstandet</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Online or in person</source>
        <translation>Online oder vor Ort</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>At the student&apos;s home</source>
        <translation>Bei der/dem Lernenden zu Hause</translation>
    </message>
    <message>
        <source>At the tutor&apos;s home</source>
        <translation>Bei der Tutorin/dem Tutor zu Hause</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Anderer Ort</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Entscheidung ausstehend</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>No refund requested</source>
        <translation>Keine Erstattung beantragt</translation>
    </message>
    <message>
        <source>Refund possible</source>
        <translation>Erstattung möglich</translation>
    </message>
    <message>
        <source>No longer refundable</source>
        <translation>Nicht mehr erstattungsfähig</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation>Automatisch genehmigt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Confirmation needed</source>
        <translation>Bestätigung erforderlich</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>Ein Kurs</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Being investigated</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>User warned</source>
        <translation>Benutzer verwarnt</translation>
    </message>
    <message>
        <source>Course edit required</source>
        <translation>Kursänderung verlangt</translation>
    </message>
    <message>
        <source>Course removed</source>
        <translation>Kurs entfernt</translation>
    </message>
    <message>
        <source>User suspended</source>
        <translation>Benutzer gesperrt</translation>
    </message>
    <message>
        <source>User banned</source>
        <translation>Benutzer dauerhaft gesperrt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Course pack</source>
        <translation>Kurspaket</translation>
    </message>
    <message>
        <source>Tutor profile</source>
        <translation>Tutorenprofil</translation>
    </message>
    <message>
        <source>Course material</source>
        <translation>Kursmaterial</translation>
    </message>
    <message>
        <source>Edit required</source>
        <translation>Änderung verlangt</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Verwarnt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Systemnachricht</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Verwarnung</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Hidden by a moderator</source>
        <translation>Von der Moderation ausgeblendet</translation>
    </message>
    <message>
        <source>Student and tutor</source>
        <translation>Lernende(r) und Tutor(in)</translation>
    </message>
    <message>
        <source>Administration to student</source>
        <translation>Administration an Lernende(n)</translation>
    </message>
    <message>
        <source>Administration and tutor</source>
        <translation>Administration und Tutor(in)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Einschreibungen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>Server-sent events</source>
        <translation>Server-Sent Events</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::LessonReminders</name>
    <message>
        <source>Your lesson</source>
        <translation>Ihre Stunde</translation>
    </message>
    <message>
        <source>Lesson at %1</source>
        <extracomment>A reminder&apos;s title: %1 the lesson&apos;s start time in the user&apos;s time zone (&quot;14:00&quot;)</extracomment>
        <translation>Stunde um %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n minute(s) (%2).</source>
        <extracomment>A lesson reminder: %1 the course pack, %2 its date, time and time zone</extracomment>
        <translation>
            <numerusform>%1 beginnt in %n Minute (%2).</numerusform>
            <numerusform>%1 beginnt in %n Minuten (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %2 starts in %n minute(s) (%3).</source>
        <extracomment>A lesson reminder: %1 the course pack, %2 the other person, %3 its date, time and time zone</extracomment>
        <translation>
            <numerusform>%1 mit %2 beginnt in %n Minute (%3).</numerusform>
            <numerusform>%1 mit %2 beginnt in %n Minuten (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>TutorHub could not save which lesson reminders it has shown in %1 (%2); check that the folder is writable, or reminders may be shown again after a restart.</source>
        <translation>TutorHub konnte nicht in %1 speichern, welche Erinnerungen an Stunden es schon gezeigt hat (%2); prüfen Sie, ob der Ordner beschreibbar ist, sonst erscheinen Erinnerungen nach einem Neustart vielleicht noch einmal.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::MessageListModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Wird gesendet: %1</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt …</translation>
    </message>
    <message>
        <source>Uploading, %1 %: %2</source>
        <translation>Wird hochgeladen, %1 %: %2</translation>
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
        <translation>Einschr. &amp; Erstattungen</translation>
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
    <message>
        <source>Become a tutor</source>
        <translation>Tutor(in) werden</translation>
    </message>
    <message>
        <source>Apply to teach on TutorHub and follow the review of your application.</source>
        <translation>Bewerben Sie sich als Tutor(in) bei TutorHub und verfolgen Sie die Prüfung Ihrer Bewerbung.</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Moderationsprotokoll</translation>
    </message>
    <message>
        <source>Every warning, suspension, ban, removal and approval, with who did it and why.</source>
        <translation>Jede Verwarnung, Sperrung, dauerhafte Sperrung, Entfernung und Genehmigung, mit Angabe, wer sie vorgenommen hat und warum.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>See your lessons and screening meetings by day, week or month in your time zone.</source>
        <translation>Sehen Sie Ihre Stunden und Vorgespräche nach Tag, Woche oder Monat in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <source>See your lessons, screening meetings, busy times and availability by day, week or month.</source>
        <translation>Sehen Sie Ihre Stunden, Vorgespräche, belegten Zeiten und Verfügbarkeit nach Tag, Woche oder Monat.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AdminLists</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Tutor application</source>
        <translation>Tutorenbewerbung</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor(in)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price per lesson</source>
        <translation>Preis pro Stunde</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingeschrieben</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Affected user</source>
        <translation>Betroffener Benutzer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Max. tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AdminWorkspace</name>
    <message>
        <source>Ban user</source>
        <translation>Benutzer dauerhaft sperren</translation>
    </message>
    <message>
        <source>Suspend user</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Benutzer reaktivieren</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Kurs entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n moderation sequence(s) did not finish; the first: %1 — %2 (started %3).</source>
        <translation>
            <numerusform>%n Moderationsablauf wurde nicht abgeschlossen: %1 — %2 (begonnen: %3).</numerusform>
            <numerusform>%n Moderationsabläufe wurden nicht abgeschlossen; der erste: %1 — %2 (begonnen: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (perhaps by another administrator), so your action was not applied: %2 The row now shows its current state.</source>
        <translation>%1 wurde zwischenzeitlich geändert (vielleicht von einer anderen Administratorin oder einem anderen Administrator), daher wurde Ihre Aktion nicht ausgeführt: %2 Die Zeile zeigt jetzt den aktuellen Stand.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AgentHubDesk</name>
    <message>
        <source>The override is on.</source>
        <translation>Die Überschreibung ist eingeschaltet.</translation>
    </message>
    <message>
        <source>The override is off.</source>
        <translation>Die Überschreibung ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The override of %1 is saved.</source>
        <translation>Die Überschreibung von %1 ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AgentOverrideForm</name>
    <message>
        <source>The provider name is too long: use at most 64 characters.</source>
        <translation>Der Anbietername ist zu lang: höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>The model name is too long: use at most 128 characters.</source>
        <translation>Der Modellname ist zu lang: höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <source>The system prompt is too long: use at most 10,000 characters.</source>
        <translation>Der System-Prompt ist zu lang: höchstens 10.000 Zeichen.</translation>
    </message>
    <message>
        <source>Enter a temperature between 0 and 2 (for example 0.7), or leave it empty for the default.</source>
        <translation>Geben Sie eine Temperatur zwischen 0 und 2 ein (zum Beispiel 0,7) oder lassen Sie das Feld für den Standard leer.</translation>
    </message>
    <message>
        <source>Enter the maximum number of tokens as a whole number above 0, or leave it empty for the default.</source>
        <translation>Geben Sie die maximale Tokenzahl als ganze Zahl über 0 ein oder lassen Sie das Feld für den Standard leer.</translation>
    </message>
    <message>
        <source>Choose text or JSON as the response format, or the default.</source>
        <translation>Wählen Sie Text oder JSON als Antwortformat oder den Standard.</translation>
    </message>
    <message>
        <source>The tool “%1” is not in the tool catalog any more: clear it before saving.</source>
        <translation>Das Werkzeug „%1“ ist nicht mehr im Werkzeugkatalog: Entfernen Sie es vor dem Speichern.</translation>
    </message>
    <message>
        <source>Enter the maximum number of tool calls as a whole number of 0 or more, or leave it empty for the default.</source>
        <translation>Geben Sie die maximale Zahl der Werkzeugaufrufe als ganze Zahl ab 0 ein oder lassen Sie das Feld für den Standard leer.</translation>
    </message>
    <message>
        <source>Enter the timeout in whole seconds (0 or more), or leave it empty for the default.</source>
        <translation>Geben Sie das Zeitlimit in ganzen Sekunden (ab 0) ein oder lassen Sie das Feld für den Standard leer.</translation>
    </message>
    <message>
        <source>Enter the token budget as a whole number of 0 or more, or leave it empty for the default.</source>
        <translation>Geben Sie das Token-Budget als ganze Zahl ab 0 ein oder lassen Sie das Feld für den Standard leer.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AnalyticsData</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Einschreibungen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Erstattungsanträge</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The CSV was saved, but the report could not be recorded: %1</source>
        <translation>Die CSV-Datei wurde gespeichert, aber der Bericht konnte nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Saved %1 and recorded the report.</source>
        <translation>%1 wurde gespeichert und der Bericht aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::ApplicationDesk</name>
    <message>
        <source>This application</source>
        <translation>Diese Bewerbung</translation>
    </message>
    <message>
        <source>%1 is now a tutor; their tutor profile was created.</source>
        <translation>%1 ist jetzt Tutor(in); das Tutorenprofil wurde angelegt.</translation>
    </message>
    <message>
        <source>The application of %1 was rejected.</source>
        <translation>Die Bewerbung von %1 wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::CourseDesk</name>
    <message>
        <source>Please say why the course is flagged: the tutor reads it.</source>
        <translation>Bitte geben Sie an, warum der Kurs markiert wird: Die Lehrkraft liest es.</translation>
    </message>
    <message>
        <source>The course is flagged.</source>
        <translation>Der Kurs ist beanstandet.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::DashboardModel</name>
    <message>
        <source>Open issues</source>
        <translation>Offene Meldungen</translation>
    </message>
    <message>
        <source>Being investigated</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <source>Open issues about people</source>
        <translation>Offene Meldungen zu Personen</translation>
    </message>
    <message>
        <source>Open issues about courses</source>
        <translation>Offene Meldungen zu Kursen</translation>
    </message>
    <message>
        <source>Tutor applications to review</source>
        <translation>Zu prüfende Tutoren-Bewerbungen</translation>
    </message>
    <message>
        <source>Unpaid past the cleanup age</source>
        <translation>Unbezahlt über die Bereinigungsfrist hinaus</translation>
    </message>
    <message>
        <source>Refunds today</source>
        <translation>Erstattungen heute</translation>
    </message>
    <message>
        <source>Refund requests pending</source>
        <translation>Offene Erstattungsanträge</translation>
    </message>
    <message>
        <source>Flagged courses</source>
        <translation>Beanstandete Kurse</translation>
    </message>
    <message>
        <source>Suspended or banned users</source>
        <translation>Gesperrte Benutzer</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>Die Kennzahlen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::EnrollmentDesk</name>
    <message>
        <source>Refund %1 to %2 for &quot;%3&quot; in full, without the eligibility checks, and cancel the enrollment.</source>
        <translation>%1 für „%3“ vollständig an %2 erstatten, ohne Prüfung der Erstattungsvoraussetzungen, und die Einschreibung stornieren.</translation>
    </message>
    <message>
        <source>Cancel the enrollment of %1 in &quot;%2&quot; and refund the %3 paid in full; its untaught lessons are freed.</source>
        <translation>Die Einschreibung von %1 in „%2“ stornieren und die bezahlten %3 vollständig erstatten; die noch nicht gehaltenen Stunden werden freigegeben.</translation>
    </message>
    <message>
        <source>Cancel the unpaid enrollment of %1 in &quot;%2&quot;; its lessons are freed.</source>
        <translation>Die unbezahlte Einschreibung von %1 in „%2“ stornieren; die Stunden werden freigegeben.</translation>
    </message>
    <message>
        <source>Please give a reason: the student and the tutor are told.</source>
        <translation>Bitte geben Sie einen Grund an: Lernende(r) und Tutor(in) werden benachrichtigt.</translation>
    </message>
    <message>
        <source>This enrollment</source>
        <translation>Diese Einschreibung</translation>
    </message>
    <message>
        <source>The enrollment was refunded and canceled.</source>
        <translation>Die Einschreibung wurde erstattet und storniert.</translation>
    </message>
    <message>
        <source>The enrollment was canceled.</source>
        <translation>Die Einschreibung wurde storniert.</translation>
    </message>
    <message>
        <source>Select a pending refund request.</source>
        <translation>Wählen Sie einen offenen Erstattungsantrag.</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>Über diesen Antrag wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>der bezahlte Betrag</translation>
    </message>
    <message>
        <source>Approve the refund %1 asked for in &quot;%2&quot;: the enrollment is canceled, %3 is refunded in full and the lessons not yet taught are freed. The student, the tutor and the administrators are notified.</source>
        <translation>Die von %1 beantragte Erstattung für „%2“ genehmigen: Die Einschreibung wird storniert, %3 wird vollständig erstattet und die noch nicht gehaltenen Stunden werden freigegeben. Schüler, Tutor und Administratoren werden benachrichtigt.</translation>
    </message>
    <message>
        <source>Reject the refund %1 asked for in &quot;%2&quot;: the enrollment stays as it is and nothing is refunded. The student is notified with your note.</source>
        <translation>Die von %1 beantragte Erstattung für „%2“ ablehnen: Die Einschreibung bleibt unverändert und nichts wird erstattet. Der Schüler erhält Ihre Notiz.</translation>
    </message>
    <message>
        <source>Please write a note: the student is told why the refund is rejected.</source>
        <translation>Bitte schreiben Sie eine Notiz: Der Schüler erfährt, warum die Erstattung abgelehnt wird.</translation>
    </message>
    <message>
        <source>This refund request</source>
        <translation>Dieser Erstattungsantrag</translation>
    </message>
    <message>
        <source>The refund was approved: the enrollment is canceled and refunded.</source>
        <translation>Die Erstattung wurde genehmigt: Die Einschreibung ist storniert und erstattet.</translation>
    </message>
    <message>
        <source>The refund request was rejected; the student was told why.</source>
        <translation>Der Erstattungsantrag wurde abgelehnt; der Schüler wurde über den Grund informiert.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s cleanup canceled %n enrollment(s) that were paid, which it must never do. Check them in the enrollment list and tell the operator of this server.</source>
        <translation>
            <numerusform>Die Bereinigung des Servers hat %n bezahlte Einschreibung storniert, was sie nie tun darf. Prüfen Sie sie in der Einschreibungsliste und informieren Sie den Betreiber dieses Servers.</numerusform>
            <numerusform>Die Bereinigung des Servers hat %n bezahlte Einschreibungen storniert, was sie nie tun darf. Prüfen Sie sie in der Einschreibungsliste und informieren Sie den Betreiber dieses Servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid enrollment(s) canceled.</source>
        <translation>
            <numerusform>%n unbezahlte Einschreibung storniert.</numerusform>
            <numerusform>%n unbezahlte Einschreibungen storniert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::ImpactPreview</name>
    <message>
        <source>No enrollment is affected: nothing will be canceled or refunded.</source>
        <translation>Keine Einschreibung ist betroffen: Es wird nichts storniert oder erstattet.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) will be canceled (%1 paid); %2 will be refunded; %3 booked lesson(s) will be freed.</source>
        <translation>
            <numerusform>%n Einschreibung wird storniert (%1 bezahlt); %2 werden erstattet; %3 gebuchte Stunde(n) werden freigegeben.</numerusform>
            <numerusform>%n Einschreibungen werden storniert (%1 bezahlt); %2 werden erstattet; %3 gebuchte Stunde(n) werden freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lessons left</source>
        <translation>Verbleibende Stunden</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::IssueDesk</name>
    <message>
        <source>Warn the user</source>
        <translation>Verwarnen</translation>
    </message>
    <message>
        <source>Require a course edit</source>
        <translation>Kursänderung verlangen</translation>
    </message>
    <message>
        <source>Remove the course…</source>
        <translation>Kurs entfernen …</translation>
    </message>
    <message>
        <source>Suspend the user…</source>
        <translation>Sperren …</translation>
    </message>
    <message>
        <source>Ban the user…</source>
        <translation>Dauerhaft sperren …</translation>
    </message>
    <message>
        <source>This issue</source>
        <translation>Diese Meldung</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Issue is now: %1.</source>
        <translation>Die Meldung ist jetzt: %1.</translation>
    </message>
    <message>
        <source>Could not load the administrators to assign issues to: %1</source>
        <translation>Die Administratoren für die Zuweisung konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>Only an active administrator can be assigned to an issue: choose another administrator or Nobody.</source>
        <translation>Nur ein aktiver Administrator kann einer Meldung zugewiesen werden: Wählen Sie einen anderen Administrator oder „Niemandem“.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>Priority %1, assigned to %2.</source>
        <translation>Priorität %1, zugewiesen an %2.</translation>
    </message>
    <message>
        <source>Following issue %1</source>
        <translation>Aufgrund von Meldung %1</translation>
    </message>
    <message>
        <source>This issue names no person, so there is nobody to %1.</source>
        <translation>Diese Meldung nennt keine Person; es gibt also niemanden, den Sie %1 könnten.</translation>
    </message>
    <message>
        <source>This issue names no course.</source>
        <translation>Diese Meldung nennt keinen Kurs.</translation>
    </message>
    <message>
        <source>The user was warned; the warning is in their messages.</source>
        <translation>Der Benutzer wurde verwarnt; die Verwarnung steht in seinen Nachrichten.</translation>
    </message>
    <message>
        <source>The course is flagged for an edit.</source>
        <translation>Der Kurs wurde zur Überarbeitung beanstandet.</translation>
    </message>
    <message>
        <source>Please edit your course: it was reported and needs changes (%1).</source>
        <translation>Bitte ändern Sie Ihren Kurs: Er wurde gemeldet und muss angepasst werden (%1).</translation>
    </message>
    <message>
        <source>The course is flagged and the tutor was asked to edit it.</source>
        <translation>Der Kurs ist beanstandet und die Tutorin/der Tutor wurde gebeten, ihn zu ändern.</translation>
    </message>
    <message>
        <source>Administrators are not moderated from an issue.</source>
        <translation>Administrator(inn)en werden nicht über eine Meldung moderiert.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::ModerationCascade</name>
    <message>
        <source>Your course &quot;%1&quot; was removed from TutorHub. Reason: %2. Enrolled students were refunded for the lessons not yet taught.</source>
        <translation>Ihr Kurs „%1“ wurde von TutorHub entfernt. Grund: %2. Eingeschriebene Lernende haben für die noch nicht gehaltenen Stunden eine Erstattung erhalten.</translation>
    </message>
    <message>
        <source>Your TutorHub account was banned. Reason: %1.</source>
        <translation>Ihr TutorHub-Konto wurde dauerhaft gesperrt. Grund: %1.</translation>
    </message>
    <message>
        <source>Your TutorHub account was suspended. Reason: %1.</source>
        <translation>Ihr TutorHub-Konto wurde gesperrt. Grund: %1.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Change the account status</source>
        <translation>Kontostatus ändern</translation>
    </message>
    <message>
        <source>Mark the course as removed</source>
        <translation>Kurs als entfernt markieren</translation>
    </message>
    <message>
        <source>Record the moderation action</source>
        <translation>Moderationsmaßnahme protokollieren</translation>
    </message>
    <message>
        <source>Cancel and refund the affected enrollments</source>
        <translation>Betroffene Einschreibungen stornieren und erstatten</translation>
    </message>
    <message>
        <source>Check that every paid enrollment was refunded</source>
        <translation>Prüfen, ob jede bezahlte Einschreibung erstattet wurde</translation>
    </message>
    <message>
        <source>Send the warning message</source>
        <translation>Verwarnung senden</translation>
    </message>
    <message>
        <source>Check which enrollments are affected</source>
        <translation>Prüfen, welche Einschreibungen betroffen sind</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::UserDesk</name>
    <message>
        <source>This is your own account: its role and status are changed by another administrator.</source>
        <translation>Dies ist Ihr eigenes Konto: Rolle und Status ändert eine andere Administratorin oder ein anderer Administrator.</translation>
    </message>
    <message>
        <source>A super administrator cannot be demoted, suspended or banned.</source>
        <translation>Eine Superadministratorin oder ein Superadministrator kann nicht herabgestuft, gesperrt oder dauerhaft gesperrt werden.</translation>
    </message>
    <message>
        <source>Only a super administrator manages administrators.</source>
        <translation>Nur eine Superadministratorin oder ein Superadministrator verwaltet Administratoren.</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Wählen Sie zuerst einen Benutzer aus.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ist jetzt: %2.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::auth::PasswordChange</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>Choose a new password of 8 to 128 characters.</source>
        <translation>Wählen Sie ein neues Passwort mit 8 bis 128 Zeichen.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password again in both fields.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein. Geben Sie das neue Passwort in beiden Feldern erneut ein.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different password.</source>
        <translation>Das neue Passwort ist dasselbe wie das aktuelle. Wählen Sie ein anderes Passwort.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::auth::SignIn</name>
    <message>
        <source>This address uses plain http, which would send your password unencrypted over the network. Use an https:// address; http is allowed only for a server on this computer (localhost).</source>
        <translation>Diese Adresse verwendet unverschlüsseltes http, damit würde Ihr Passwort unverschlüsselt über das Netzwerk gesendet. Verwenden Sie eine https://-Adresse; http ist nur für einen Server auf diesem Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>Enter the address of your TutorHub server, for example https://tutorhub.example.org.</source>
        <translation>Geben Sie die Adresse Ihres TutorHub-Servers ein, zum Beispiel https://tutorhub.example.org.</translation>
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
        <source>Enter your full name.</source>
        <translation>Geben Sie Ihren vollständigen Namen ein.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as name@example.org.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code.</source>
        <translation>Geben Sie den 6-stelligen Code ein.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The sign-in was not finished within 10 minutes. Sign in again to get a new code.</source>
        <translation>Die Anmeldung wurde nicht innerhalb von 10 Minuten abgeschlossen. Melden Sie sich erneut an, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>This account asks for a code sent to a phone, but this server cannot send one. Ask an administrator to switch your two-step verification to e-mail, or contact %1.</source>
        <translation>Dieses Konto verlangt einen Code, der an ein Telefon gesendet wird, aber dieser Server kann keinen senden. Bitten Sie eine Administratorin oder einen Administrator, Ihre Bestätigung in zwei Schritten auf E-Mail umzustellen, oder wenden Sie sich an %1.</translation>
    </message>
    <message>
        <source>This code is no longer valid. Choose &quot;Send a new code&quot; and enter the new one.</source>
        <translation>Dieser Code ist nicht mehr gültig. Wählen Sie „Neuen Code senden“ und geben Sie den neuen ein.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::calendar::ApiCalendarLoader</name>
    <message>
        <source>You have no tutor profile yet, so there are no lessons to show.</source>
        <translation>Sie haben noch kein Tutorenprofil, daher gibt es keine Stunden anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::calendar::CalendarModel</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week&apos;s dates in the calendar&apos;s title, e.g. &quot;08/03/2027 – 14/03/2027&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A month in the calendar&apos;s title: month name, year (&quot;March 2027&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::Booking</name>
    <message>
        <source>No free lessons this week. The next one is on %1: choose Next week.</source>
        <translation>Diese Woche gibt es keine freien Stunden. Die nächste ist am %1: wählen Sie „Nächste Woche“.</translation>
    </message>
    <message>
        <source>No free lessons from this week on. Ask the tutor in a message, or look again later.</source>
        <translation>Ab dieser Woche gibt es keine freien Stunden. Fragen Sie die Lehrkraft in einer Nachricht oder schauen Sie später wieder vorbei.</translation>
    </message>
    <message>
        <source>1 lesson chosen, %1 in total</source>
        <translation>1 Stunde gewählt, insgesamt %1</translation>
    </message>
    <message>
        <source>%1 lessons chosen, %2 in total</source>
        <translation>%1 Stunden gewählt, insgesamt %2</translation>
    </message>
    <message>
        <source>Ready to book: the lessons are reserved for you until you pay.</source>
        <translation>Bereit zum Buchen: Die Stunden sind für Sie reserviert, bis Sie bezahlen.</translation>
    </message>
    <message>
        <source>Someone else has just booked one of the lessons you chose. Nothing was booked; the calendar now shows the lessons that are still free.</source>
        <translation>Jemand anderes hat gerade eine der von Ihnen gewählten Stunden gebucht. Es wurde nichts gebucht; der Kalender zeigt jetzt die Stunden, die noch frei sind.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::HelpCenter</name>
    <message>
        <source>Choose the course or tutor the report is about.</source>
        <translation>Wählen Sie aus, welchen Kurs oder welche Tutorin bzw. welchen Tutor die Meldung betrifft.</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>Beschreiben Sie das Problem.</translation>
    </message>
    <message>
        <source>Thank you. Your report was sent; its status shows below.</source>
        <translation>Vielen Dank. Ihre Meldung wurde gesendet; ihr Status wird unten angezeigt.</translation>
    </message>
    <message>
        <source>1 unread notification</source>
        <translation>1 ungelesene Benachrichtigung</translation>
    </message>
    <message>
        <source>%1 unread notifications</source>
        <translation>%1 ungelesene Benachrichtigungen</translation>
    </message>
    <message>
        <source>All notifications are read.</source>
        <translation>Alle Benachrichtigungen sind gelesen.</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Select the notifications to mark as seen.</source>
        <translation>Wählen Sie die Benachrichtigungen aus, die als gelesen markiert werden sollen.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::MyLearning</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>Your first lesson has taken place: you can ask for a full refund now.</source>
        <translation>Ihre erste Stunde hat stattgefunden: Sie können jetzt eine volle Erstattung beantragen.</translation>
    </message>
    <message>
        <source>You get the full amount of %1 back on your card and the remaining lessons of “%2” are canceled. This cannot be undone.</source>
        <translation>Sie erhalten den vollen Betrag von %1 auf Ihre Karte zurück, und die restlichen Stunden von „%2“ werden abgesagt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Loading the materials…</source>
        <translation>Materialien werden geladen …</translation>
    </message>
    <message>
        <source>The materials open once the enrollment is paid.</source>
        <translation>Die Materialien sind verfügbar, sobald die Einschreibung bezahlt ist.</translation>
    </message>
    <message>
        <source>This pack has no materials yet.</source>
        <translation>Dieses Paket hat noch keine Materialien.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open.</source>
        <translation>Zum Öffnen doppelklicken oder die Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>Requesting the refund…</source>
        <translation>Erstattung wird beantragt …</translation>
    </message>
    <message>
        <source>Refund %1: %2 goes back to your card; the remaining lessons are canceled.</source>
        <translation>Erstattung %1: %2 wird Ihrer Karte gutgeschrieben; die restlichen Stunden werden abgesagt.</translation>
    </message>
    <message>
        <source>The calendar could not be written to “%1”: %2</source>
        <translation>Der Kalender konnte nicht in „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 lessons exported to “%2”. Import the file in Google Calendar, Outlook or Thunderbird.</source>
        <translation>%1 Stunden nach „%2“ exportiert. Importieren Sie die Datei in Google Calendar, Outlook oder Thunderbird.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::PackDetails</name>
    <message>
        <source>Loading the materials…</source>
        <translation>Materialien werden geladen …</translation>
    </message>
    <message>
        <source>The course materials open once you are enrolled in this pack.</source>
        <translation>Die Kursmaterialien sind verfügbar, sobald Sie in dieses Paket eingeschrieben sind.</translation>
    </message>
    <message>
        <source>This pack has no materials yet.</source>
        <translation>Dieses Paket hat noch keine Materialien.</translation>
    </message>
    <message>
        <source>Press Enter or double-click a material to open it.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie auf ein Material, um es zu öffnen.</translation>
    </message>
    <message>
        <source>No screening meeting is needed: you can book right away.</source>
        <translation>Kein Kennenlerngespräch nötig: Sie können sofort buchen.</translation>
    </message>
    <message>
        <source>This pack requires a short screening meeting with the tutor before you can enroll.</source>
        <translation>Für dieses Paket ist vor der Einschreibung ein kurzes Kennenlerngespräch mit der Tutorin oder dem Tutor erforderlich.</translation>
    </message>
    <message>
        <source>Choose a course pack first.</source>
        <translation>Wählen Sie zuerst ein Kurspaket.</translation>
    </message>
    <message>
        <source>Checking your screening meeting…</source>
        <translation>Ihr Kennenlerngespräch wird geprüft …</translation>
    </message>
    <message>
        <source>You can book once the tutor approves your screening meeting.</source>
        <translation>Sie können buchen, sobald die Tutorin oder der Tutor Ihr Kennenlerngespräch bestätigt.</translation>
    </message>
    <message>
        <source>The tutor did not approve the screening; this pack cannot be booked. Another pack may suit you better.</source>
        <translation>Die Tutorin oder der Tutor hat das Kennenlerngespräch nicht bestätigt; dieses Paket kann nicht gebucht werden. Ein anderes Paket passt vielleicht besser zu Ihnen.</translation>
    </message>
    <message>
        <source>Request a screening meeting first; you can book once the tutor approves it.</source>
        <translation>Fragen Sie zuerst ein Kennenlerngespräch an; Sie können buchen, sobald die Tutorin oder der Tutor es bestätigt.</translation>
    </message>
    <message>
        <source>Pick free lessons in a week calendar; times are shown in %1.</source>
        <translation>Wählen Sie freie Stunden in einem Wochenkalender; die Zeiten werden in %1 angezeigt.</translation>
    </message>
    <message>
        <source>Screening meeting requested. The tutor picks one of your times or proposes another; you will be notified.</source>
        <translation>Vorgespräch angefragt. Die Lehrkraft wählt einen Ihrer Termine oder schlägt einen anderen vor; Sie werden benachrichtigt.</translation>
    </message>
    <message>
        <source>Your times were sent to the tutor.</source>
        <translation>Ihre Termine wurden an die Lehrkraft gesendet.</translation>
    </message>
    <message>
        <source>The screening meeting is agreed; it is in your calendar.</source>
        <translation>Das Vorgespräch ist vereinbart; es steht in Ihrem Kalender.</translation>
    </message>
    <message>
        <source>You accepted the time; the tutor confirms the meeting.</source>
        <translation>Sie haben den Termin angenommen; die Lehrkraft bestätigt das Treffen.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::Payment</name>
    <message>
        <source>%1 for 1 lesson</source>
        <translation>%1 für 1 Stunde</translation>
    </message>
    <message>
        <source>%1 for %2 lessons</source>
        <translation>%1 für %2 Stunden</translation>
    </message>
    <message>
        <source> of “%1”</source>
        <translation> von „%1“</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>%1 bezahlen</translation>
    </message>
    <message>
        <source>Local server test cards: 4242 4242 4242 4242 is paid, 4000 0000 0000 0002 is declined, 4000 0025 0000 3155 asks you to confirm on a test bank page. Any future expiry and any 3 digits.</source>
        <translation>Testkarten des lokalen Servers: 4242 4242 4242 4242 wird bezahlt, 4000 0000 0000 0002 wird abgelehnt, bei 4000 0025 0000 3155 bestätigen Sie auf einer Test-Bankseite. Beliebiges zukünftiges Ablaufdatum und beliebige 3 Ziffern.</translation>
    </message>
    <message>
        <source>Choose how to pay. Your lessons stay reserved while you pay.</source>
        <translation>Wählen Sie, wie Sie bezahlen möchten. Ihre Stunden bleiben reserviert, während Sie bezahlen.</translation>
    </message>
    <message>
        <source>Choose a saved card or enter a new one.</source>
        <translation>Wählen Sie eine gespeicherte Karte oder geben Sie eine neue ein.</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>Die Karte wird geprüft …</translation>
    </message>
    <message>
        <source>Processing the payment…</source>
        <translation>Die Zahlung wird verarbeitet …</translation>
    </message>
    <message>
        <source>Nothing is charged twice: check again or try once more.</source>
        <translation>Es wird nichts doppelt belastet: Prüfen Sie erneut oder versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Checking the payment…</source>
        <translation>Die Zahlung wird geprüft …</translation>
    </message>
    <message>
        <source>Check again when you are back online.</source>
        <translation>Prüfen Sie erneut, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>Paid. Your lessons are booked; you find them under My learning.</source>
        <translation>Bezahlt. Ihre Stunden sind gebucht; Sie finden sie unter „Mein Lernen“.</translation>
    </message>
    <message>
        <source>This enrollment was canceled before it was paid; nothing was charged. Book the lessons again.</source>
        <translation>Diese Einschreibung wurde storniert, bevor sie bezahlt wurde; es wurde nichts belastet. Buchen Sie die Stunden erneut.</translation>
    </message>
    <message>
        <source>The payment was canceled and nothing was charged. You can pay again.</source>
        <translation>Die Zahlung wurde abgebrochen, und es wurde nichts belastet. Sie können erneut bezahlen.</translation>
    </message>
    <message>
        <source>The payment is still being processed. You can close this window: My learning shows the result.</source>
        <translation>Die Zahlung wird noch verarbeitet. Sie können dieses Fenster schließen: Unter „Mein Lernen“ sehen Sie das Ergebnis.</translation>
    </message>
    <message>
        <source>Confirming the payment with your card&apos;s bank…</source>
        <translation>Die Zahlung wird bei der Bank Ihrer Karte bestätigt …</translation>
    </message>
    <message>
        <source>One more step: confirm the payment on your bank&apos;s page in the browser. This window goes on by itself when you are done.</source>
        <translation>Noch ein Schritt: Bestätigen Sie die Zahlung auf der Seite Ihrer Bank im Browser. Dieses Fenster macht danach von selbst weiter.</translation>
    </message>
    <message>
        <source>The card was declined and nothing was charged. Try another card.</source>
        <translation>Die Karte wurde abgelehnt, und es wurde nichts belastet. Versuchen Sie es mit einer anderen Karte.</translation>
    </message>
    <message>
        <source>Payment confirmed. Booking your lessons…</source>
        <translation>Zahlung bestätigt. Ihre Stunden werden gebucht …</translation>
    </message>
    <message>
        <source>Your bank&apos;s confirmation did not arrive. Check again once you confirmed the payment in the browser.</source>
        <translation>Die Bestätigung Ihrer Bank ist nicht angekommen. Prüfen Sie erneut, sobald Sie die Zahlung im Browser bestätigt haben.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Open this address in a browser to confirm the payment: %1</source>
        <translation>Der Browser konnte nicht geöffnet werden. Öffnen Sie diese Adresse in einem Browser, um die Zahlung zu bestätigen: %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::Screening</name>
    <message>
        <source>Propose at least one time.</source>
        <translation>Schlagen Sie mindestens einen Termin vor.</translation>
    </message>
    <message>
        <source>Propose at most three times.</source>
        <translation>Schlagen Sie höchstens drei Termine vor.</translation>
    </message>
    <message>
        <source>This server takes one proposed time.</source>
        <translation>Dieser Server nimmt einen vorgeschlagenen Termin an.</translation>
    </message>
    <message>
        <source>Each proposed time must be in the future.</source>
        <translation>Jeder vorgeschlagene Termin muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Propose different times.</source>
        <translation>Schlagen Sie verschiedene Termine vor.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for the tutor to propose a time.</source>
        <translation>Warten, bis die Lehrkraft einen Termin vorschlägt.</translation>
    </message>
    <message>
        <source>You proposed %1. Waiting for the tutor&apos;s answer.</source>
        <translation>Sie haben %1 vorgeschlagen. Warten auf die Antwort der Lehrkraft.</translation>
    </message>
    <message>
        <source>The tutor proposes another time: %1. Accept it or propose other times.</source>
        <translation>Die Lehrkraft schlägt einen anderen Termin vor: %1. Nehmen Sie ihn an oder schlagen Sie andere Termine vor.</translation>
    </message>
    <message>
        <source>The tutor proposes another time: %1. Accept it and the tutor confirms the meeting.</source>
        <translation>Die Lehrkraft schlägt einen anderen Termin vor: %1. Nehmen Sie ihn an, dann bestätigt die Lehrkraft das Treffen.</translation>
    </message>
    <message>
        <source>Agreed: %1 (%2).</source>
        <translation>Vereinbart: %1 (%2).</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>The tutor declined the request.</source>
        <translation>Die Lehrkraft hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Tutor&apos;s note: %1</source>
        <translation>Notiz der Lehrkraft: %1</translation>
    </message>
    <message>
        <source>The student asks for a screening meeting; propose a time.</source>
        <translation>Die Person bittet um ein Vorgespräch; schlagen Sie einen Termin vor.</translation>
    </message>
    <message>
        <source>The student proposes %1.</source>
        <translation>Vorgeschlagen: %1.</translation>
    </message>
    <message>
        <source>You proposed %1; waiting for the student.</source>
        <translation>Sie haben %1 vorgeschlagen; warten auf die Antwort.</translation>
    </message>
    <message>
        <source>You proposed %1; approve the meeting once the student accepts.</source>
        <translation>Sie haben %1 vorgeschlagen; genehmigen Sie das Treffen, sobald es angenommen wurde.</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>Screening meeting</source>
        <translation>Kennenlerngespräch</translation>
    </message>
    <message>
        <source>Screening meeting: %1</source>
        <translation>Vorgespräch: %1</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>Mit %1.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::StudentLists</name>
    <message>
        <source>%1 •••• %2, %3/%4</source>
        <translation>%1 •••• %2, %3/%4</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor(in)</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Fächer</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source>Course pack</source>
        <translation>Kurspaket</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price per lesson</source>
        <translation>Preis pro Stunde</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Terminplanung</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Kennenlerngespräch</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Online (link follows)</source>
        <translation>Online (Link folgt)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Einschreibung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>Karteninhaber</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::StudentRules</name>
    <message>
        <source>This enrollment has been refunded.</source>
        <translation>Diese Einschreibung wurde erstattet.</translation>
    </message>
    <message>
        <source>A refund was already requested for this enrollment.</source>
        <translation>Für diese Einschreibung wurde bereits eine Erstattung beantragt.</translation>
    </message>
    <message>
        <source>The enrollment is canceled.</source>
        <translation>Die Einschreibung ist storniert.</translation>
    </message>
    <message>
        <source>Only paid enrollments can be refunded.</source>
        <translation>Nur bezahlte Einschreibungen können erstattet werden.</translation>
    </message>
    <message>
        <source>A refund cannot be requested once a later lesson has taken place.</source>
        <translation>Eine Erstattung kann nicht mehr beantragt werden, sobald eine weitere Stunde stattgefunden hat.</translation>
    </message>
    <message>
        <source>A refund can be requested after your first lesson has taken place.</source>
        <translation>Eine Erstattung kann beantragt werden, nachdem Ihre erste Stunde stattgefunden hat.</translation>
    </message>
    <message>
        <source>Choose at least one free lesson in the calendar.</source>
        <translation>Wählen Sie im Kalender mindestens eine freie Stunde.</translation>
    </message>
    <message>
        <source>At most %1 of this pack&apos;s lessons per day; %2 has %3.</source>
        <translation>Höchstens %1 Stunden dieses Pakets pro Tag; am %2 sind es %3.</translation>
    </message>
    <message>
        <source>This pack is booked as a whole: choose exactly %1 lessons (%2 chosen).</source>
        <translation>Dieses Paket wird als Ganzes gebucht: Wählen Sie genau %1 Stunden (%2 gewählt).</translation>
    </message>
    <message>
        <source>All lessons must lie within %1 %2 of the first one.</source>
        <translation>Zwischen der ersten und der letzten Stunde dürfen höchstens %1 %2 liegen.</translation>
    </message>
    <message>
        <source>At least %1 lessons in every week; the week of %2 has %3.</source>
        <translation>Mindestens %1 Stunden in jeder Woche; in der Woche vom %2 sind es %3.</translation>
    </message>
    <message>
        <source>Fixed schedule</source>
        <translation>Fester Zeitplan</translation>
    </message>
    <message>
        <source>Flexible: book lessons whenever they suit you</source>
        <translation>Flexibel: Buchen Sie Stunden, wann es Ihnen passt</translation>
    </message>
    <message>
        <source>exactly %1 lessons</source>
        <translation>genau %1 Stunden</translation>
    </message>
    <message>
        <source>at least %1 per week</source>
        <translation>mindestens %1 pro Woche</translation>
    </message>
    <message>
        <source>at most %1 per day</source>
        <translation>höchstens %1 pro Tag</translation>
    </message>
    <message>
        <source>within %1 %2</source>
        <translation>verteilt auf höchstens %1 %2</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Geben Sie die Kartennummer ein.</translation>
    </message>
    <message>
        <source>The card number has 12 to 19 digits.</source>
        <translation>Die Kartennummer hat 12 bis 19 Ziffern.</translation>
    </message>
    <message>
        <source>Enter the expiry month (1-12).</source>
        <translation>Geben Sie den Ablaufmonat ein (1-12).</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>Die Karte ist abgelaufen.</translation>
    </message>
    <message>
        <source>Enter the 3 or 4 digit security code.</source>
        <translation>Geben Sie den 3- oder 4-stelligen Sicherheitscode ein.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::TutorDetails</name>
    <message>
        <source>Subjects:</source>
        <translation>Fächer:</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Erfahrung:</translation>
    </message>
    <message>
        <source>Certifications:</source>
        <translation>Zertifikate:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::AvailabilityViewModel</name>
    <message>
        <source>This window overlaps another of your windows on that day. Change the times, or change the other window instead; nothing was saved.</source>
        <translation>Dieses Zeitfenster überschneidet sich an diesem Tag mit einem anderen Ihrer Zeitfenster. Ändern Sie die Zeiten oder stattdessen das andere Zeitfenster; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The window was added.</source>
        <translation>Das Zeitfenster wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The window was changed.</source>
        <translation>Das Zeitfenster wurde geändert.</translation>
    </message>
    <message>
        <source>The window was deleted. Lessons already opened from it stay.</source>
        <translation>Das Zeitfenster wurde gelöscht. Bereits daraus freigegebene Stunden bleiben bestehen.</translation>
    </message>
    <message>
        <source>The busy time was deleted. Lessons can be generated in it again.</source>
        <translation>Die belegte Zeit wurde gelöscht. Darin können wieder Stunden erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::BecomeTutorViewModel</name>
    <message>
        <source>Your application was sent. We will let you know when it has been reviewed.</source>
        <translation>Ihre Bewerbung wurde gesendet. Wir benachrichtigen Sie, sobald sie geprüft wurde.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::CoursePacksViewModel</name>
    <message>
        <source>“%1” is published: students can find and book it.</source>
        <translation>„%1“ ist veröffentlicht: Lernende können es finden und buchen.</translation>
    </message>
    <message>
        <source>“%1” is no longer shown to students; current enrollments continue.</source>
        <translation>„%1“ wird Lernenden nicht mehr angezeigt; bestehende Einschreibungen laufen weiter.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while students are enrolled in it. Unpublish it instead: it disappears from the catalog and the current enrollments continue.</source>
        <translation>„%1“ kann nicht gelöscht werden, solange Lernende darin eingeschrieben sind. Ziehen Sie es stattdessen zurück: Es verschwindet aus dem Katalog, und die bestehenden Einschreibungen laufen weiter.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was created.</source>
        <translation>„%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>„%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>“%1” was added.</source>
        <translation>„%1“ wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::EarningsModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::LessonsViewModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 with %2, %3</source>
        <translation>%1 mit %2, %3</translation>
    </message>
    <message>
        <source>Create a course pack first; lessons belong to a pack.</source>
        <translation>Erstellen Sie zuerst ein Kurspaket; Stunden gehören zu einem Paket.</translation>
    </message>
    <message>
        <source>This lesson has not started yet; mark it completed once it has taken place.</source>
        <translation>Diese Stunde hat noch nicht begonnen; markieren Sie sie als abgeschlossen, sobald sie stattgefunden hat.</translation>
    </message>
    <message>
        <source>The lesson was marked completed: %1.</source>
        <translation>Die Stunde wurde als abgeschlossen markiert: %1.</translation>
    </message>
    <message>
        <source>The lesson was deleted.</source>
        <translation>Die Stunde wurde gelöscht.</translation>
    </message>
    <message>
        <source>No lessons were opened: your availability has no free time in this range.</source>
        <translation>Es wurden keine Stunden freigegeben: Ihre Verfügbarkeit hat in diesem Zeitraum keine freie Zeit.</translation>
    </message>
    <message>
        <source>1 lesson opened.</source>
        <translation>1 Stunde freigegeben.</translation>
    </message>
    <message>
        <source>%1 lessons opened.</source>
        <translation>%1 Stunden freigegeben.</translation>
    </message>
    <message>
        <source>1 time skipped because a lesson or a busy time already takes place then.</source>
        <translation>1 Zeit übersprungen, weil dann schon eine Stunde oder eine belegte Zeit stattfindet.</translation>
    </message>
    <message>
        <source>%1 times skipped because a lesson or a busy time already takes place then.</source>
        <translation>%1 Zeiten übersprungen, weil dann schon eine Stunde oder eine belegte Zeit stattfindet.</translation>
    </message>
    <message>
        <source>A lesson was opened on %1.</source>
        <translation>Am %1 wurde eine Stunde freigegeben.</translation>
    </message>
    <message>
        <source>The lesson was canceled; the student is told the reason.</source>
        <translation>Die Stunde wurde abgesagt; die oder der Lernende erhält die Begründung.</translation>
    </message>
    <message>
        <source>The place of the lesson was saved.</source>
        <translation>Der Ort der Stunde wurde gespeichert.</translation>
    </message>
    <message>
        <source>Your time was sent to the student.</source>
        <translation>Ihr Termin wurde gesendet.</translation>
    </message>
    <message>
        <source>The screening meeting was approved; the student was told when and where.</source>
        <translation>Das Kennenlerngespräch wurde bestätigt; die oder der Lernende wurde über Zeit und Ort informiert.</translation>
    </message>
    <message>
        <source>The screening request was rejected; the student was told.</source>
        <translation>Die Kennenlernanfrage wurde abgelehnt; die oder der Lernende wurde informiert.</translation>
    </message>
    <message>
        <source>The calendar could not be written to “%1”: %2</source>
        <translation>Der Kalender konnte nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 lessons exported to “%2”. Import the file in Google Calendar, Outlook or Thunderbird.</source>
        <translation>%1 Stunden nach „%2“ exportiert. Importieren Sie die Datei in Google Calendar, Outlook oder Thunderbird.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::ProfileViewModel</name>
    <message>
        <source>Your display name cannot be empty: students look for you by it.</source>
        <translation>Ihr Anzeigename darf nicht leer sein: Lernende suchen Sie darüber.</translation>
    </message>
    <message>
        <source>The photo must be a web address starting with https:// or http://, or upload an image.</source>
        <translation>Das Foto muss eine Webadresse sein, die mit https:// oder http:// beginnt, oder laden Sie ein Bild hoch.</translation>
    </message>
    <message>
        <source>The photo must be a web address starting with https:// or http://.</source>
        <translation>Das Foto muss eine Webadresse sein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>Your profile was saved.</source>
        <translation>Ihr Profil wurde gespeichert.</translation>
    </message>
    <message>
        <source>A photo must be a PNG, JPEG, WebP or GIF image.</source>
        <translation>Ein Foto muss ein PNG-, JPEG-, WebP- oder GIF-Bild sein.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The photo is larger than 2 MB; choose a smaller image.</source>
        <translation>Das Foto ist größer als 2 MB; wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>The photo was uploaded; save the profile to show it to students.</source>
        <translation>Das Foto wurde hochgeladen; speichern Sie das Profil, um es Lernenden zu zeigen.</translation>
    </message>
    <message>
        <source>no availability yet</source>
        <translation>noch keine Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::TutorForms</name>
    <message>
        <source>Give the course pack a title.</source>
        <translation>Geben Sie dem Kurspaket einen Titel.</translation>
    </message>
    <message>
        <source>Choose a category so that students can find the pack.</source>
        <translation>Wählen Sie eine Kategorie, damit Lernende das Paket finden können.</translation>
    </message>
    <message>
        <source>Set a price per lesson above zero.</source>
        <translation>Legen Sie einen Preis pro Stunde über null fest.</translation>
    </message>
    <message>
        <source>A strict pack needs the number of lessons a student books.</source>
        <translation>Ein Paket mit festem Zeitplan braucht die Anzahl der Stunden, die Lernende buchen.</translation>
    </message>
    <message>
        <source>A strict pack needs the period within which its lessons take place.</source>
        <translation>Ein Paket mit festem Zeitplan braucht den Zeitraum, in dem seine Stunden stattfinden.</translation>
    </message>
    <message>
        <source>The weekly minimum cannot be reached with the daily maximum.</source>
        <translation>Das wöchentliche Minimum ist mit dem täglichen Maximum nicht erreichbar.</translation>
    </message>
    <message>
        <source>“%1” is not a file type a course pack can carry. Use a PDF, an office document, a text, a video (MP4, WebM, MOV), an MP3, an image or a ZIP file.</source>
        <translation>„%1“ ist kein Dateityp, den ein Kurspaket enthalten kann. Verwenden Sie ein PDF, ein Office-Dokument, einen Text, ein Video (MP4, WebM, MOV), eine MP3-Datei, ein Bild oder eine ZIP-Datei.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; files up to %3 MB can be uploaded. Share larger videos as an external link.</source>
        <translation>„%1“ ist %2 MB groß; Dateien bis %3 MB können hochgeladen werden. Teilen Sie größere Videos als externen Link.</translation>
    </message>
    <message>
        <source>Give the material a title.</source>
        <translation>Geben Sie dem Material einen Titel.</translation>
    </message>
    <message>
        <source>This pack already has a material called “%1”; choose another title.</source>
        <translation>Dieses Paket enthält bereits ein Material namens „%1“; wählen Sie einen anderen Titel.</translation>
    </message>
    <message>
        <source>Enter the link as a web address starting with https:// or http://.</source>
        <translation>Geben Sie den Link als Webadresse ein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>Choose a file to upload or enter its web address.</source>
        <translation>Wählen Sie eine Datei zum Hochladen oder geben Sie ihre Webadresse ein.</translation>
    </message>
    <message>
        <source>Choose the course pack the lesson belongs to.</source>
        <translation>Wählen Sie das Kurspaket, zu dem die Stunde gehört.</translation>
    </message>
    <message>
        <source>A lesson must start in the future.</source>
        <translation>Eine Stunde muss in der Zukunft beginnen.</translation>
    </message>
    <message>
        <source>A lesson lasts between 15 minutes and 8 hours.</source>
        <translation>Eine Stunde dauert zwischen 15 Minuten und 8 Stunden.</translation>
    </message>
    <message>
        <source>Choose the course pack the lessons belong to.</source>
        <translation>Wählen Sie das Kurspaket, zu dem die Stunden gehören.</translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>Der letzte Tag darf nicht vor dem ersten Tag liegen.</translation>
    </message>
    <message>
        <source>The whole range is in the past; lessons can only be opened in the future.</source>
        <translation>Der gesamte Zeitraum liegt in der Vergangenheit; Stunden können nur in der Zukunft freigegeben werden.</translation>
    </message>
    <message>
        <source>Generate at most one year of lessons at a time.</source>
        <translation>Erzeugen Sie höchstens ein Jahr an Stunden auf einmal.</translation>
    </message>
    <message>
        <source>Name at least one subject you want to teach.</source>
        <translation>Nennen Sie mindestens ein Fach, das Sie unterrichten möchten.</translation>
    </message>
    <message>
        <source>Write a short biography (at least 20 characters) so that the reviewers know you.</source>
        <translation>Schreiben Sie eine kurze Biografie (mindestens 20 Zeichen), damit die Prüfenden Sie kennenlernen.</translation>
    </message>
    <message>
        <source>Add your qualifications or certifications.</source>
        <translation>Fügen Sie Ihre Qualifikationen oder Zertifikate hinzu.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; list each document as a link starting with https://.</source>
        <translation>„%1“ ist keine Webadresse; geben Sie jedes Dokument als Link an, der mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Enter the material&apos;s web address, starting with https:// or http://; this server does not take uploads.</source>
        <translation>Geben Sie die Webadresse des Materials ein, beginnend mit https:// oder http://; dieser Server nimmt keine Uploads an.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::TutorLists</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price per lesson</source>
        <translation>Preis pro Stunde</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Terminplanung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <source>You, students with an active or completed enrollment, admins</source>
        <translation>Sie, Lernende mit aktiver oder abgeschlossener Einschreibung, Administratoren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Jeden %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Teaching mode</source>
        <translation>Unterrichtsform</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Course pack</source>
        <translation>Kurspaket</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingeschrieben</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::TutorViewModel</name>
    <message>
        <source>Your tutor profile could not be found. If your application was approved just now, sign out and in again.</source>
        <translation>Ihr Tutorenprofil wurde nicht gefunden. Wenn Ihre Bewerbung gerade erst angenommen wurde, melden Sie sich ab und wieder an.</translation>
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
    <name>tutorhub::ui::CalendarPage</name>
    <message>
        <source>Shown period</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>Tagesansicht (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>Wochenansicht (W)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Month view (M)</source>
        <translation>Monatsansicht (M)</translation>
    </message>
    <message>
        <source>Previous period (Page Up)</source>
        <translation>Vorheriger Zeitraum (Bild auf)</translation>
    </message>
    <message>
        <source>Next period (Page Down)</source>
        <translation>Nächster Zeitraum (Bild ab)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation>Heute (T)</translation>
    </message>
    <message>
        <source>&amp;Go to:</source>
        <translation>&amp;Gehe zu:</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Load the calendar again</source>
        <translation>Kalender erneut laden</translation>
    </message>
    <message>
        <source>Click a lesson to open it on the Lessons page. Green: your availability; hatched: busy times. Keys: arrows move the day, Page Up/Down the period, T today, D/W/M the view, Enter opens.</source>
        <translation>Klicken Sie auf eine Stunde, um sie auf der Seite „Stunden“ zu öffnen. Grün: Ihre Verfügbarkeit; schraffiert: belegte Zeiten. Tasten: Pfeile wechseln den Tag, Bild auf/ab den Zeitraum, T heute, D/W/M die Ansicht, Eingabe öffnet.</translation>
    </message>
    <message>
        <source>Click a lesson to open its enrollment in My learning. Keys: arrows move the day, Page Up/Down the period, T today, D/W/M the view, Enter opens.</source>
        <translation>Klicken Sie auf eine Stunde, um ihre Einschreibung unter „Mein Lernen“ zu öffnen. Tasten: Pfeile wechseln den Tag, Bild auf/ab den Zeitraum, T heute, D/W/M die Ansicht, Eingabe öffnet.</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <extracomment>The calendar&apos;s time zone, e.g. &quot;Times in Europe/Berlin (CET)&quot;.</extracomment>
        <translation>Zeiten in %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::CalendarView</name>
    <message>
        <source>Screening meeting</source>
        <translation>Vorgespräch</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>A month cell that has no room for every event: how many more there are.</extracomment>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <extracomment>The selected day in the calendar, for screen readers: how many lessons and meetings it has.</extracomment>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>selected: %1</source>
        <extracomment>The event selected in the calendar&apos;s day view, for screen readers.</extracomment>
        <translation>ausgewählt: %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Choose a new password of 8 to 128 characters. When it is changed, TutorHub signs you out everywhere else: on other computers and in other apps you then sign in with the new password.</source>
        <translation>Wählen Sie ein neues Passwort mit 8 bis 128 Zeichen. Sobald es geändert ist, meldet TutorHub Sie überall sonst ab: Auf anderen Computern und in anderen Apps melden Sie sich dann mit dem neuen Passwort an.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>8 to 128 characters</source>
        <translation>8 bis 128 Zeichen</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>A&amp;ktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Neues Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::LanguageChooser</name>
    <message>
        <source>Language of TutorHub</source>
        <translation>Sprache von TutorHub</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>TutorHub will be in %1 from its next start.</source>
        <translation>TutorHub erscheint ab dem nächsten Start auf %1.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::LessonRemindersController</name>
    <message>
        <source>Show lessons</source>
        <translation>Stunden anzeigen</translation>
    </message>
    <message>
        <source>Lesson &amp;reminders</source>
        <translation>&amp;Erinnerungen an Stunden</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>The lead time of lesson reminders in the account menu</extracomment>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n Minute vorher</numerusform>
            <numerusform>%n Minuten vorher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::ListState</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Laden erneut versuchen</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
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
        <source>Starting the local server…</source>
        <translation>Der lokale Server wird gestartet …</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
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
    <message>
        <source>This server does not send e-mail, so TutorHub shows the code here and has filled it in for you. Check it and confirm.</source>
        <translation>Dieser Server versendet keine E-Mails, daher zeigt TutorHub den Code hier an und hat ihn für Sie eingetragen. Prüfen und bestätigen Sie ihn.</translation>
    </message>
    <message>
        <source>The local server on this computer does not send e-mail: open the newest message file in %1 to read the code.</source>
        <translation>Der lokale Server auf diesem Computer versendet keine E-Mails: Öffnen Sie die neueste Nachrichtendatei in %1, um den Code zu lesen.</translation>
    </message>
    <message>
        <source>An https:// address. Plain http is accepted only for a server on this computer.</source>
        <translation>Eine https://-Adresse. Unverschlüsseltes http wird nur für einen Server auf diesem Computer akzeptiert.</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <source>This account signs in with a code. We send a 6-digit code to your e-mail address; enter it here to finish signing in.</source>
        <translation>Dieses Konto meldet sich mit einem Code an. Wir senden einen 6-stelligen Code an Ihre E-Mail-Adresse; geben Sie ihn hier ein, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Confirm and &amp;sign in</source>
        <translation>Bestätigen und &amp;anmelden</translation>
    </message>
    <message>
        <source>Send a new sign-in code</source>
        <translation>Neuen Anmeldecode senden</translation>
    </message>
    <message>
        <source>This account signs in with a code sent to your phone. Enter it here to finish signing in.</source>
        <translation>Dieses Konto meldet sich mit einem Code an, der an Ihr Telefon gesendet wird. Geben Sie ihn hier ein, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>This account signs in with a code sent to your e-mail address. Enter it here to finish signing in.</source>
        <translation>Dieses Konto meldet sich mit einem Code an, der an Ihre E-Mail-Adresse gesendet wird. Geben Sie ihn hier ein, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>Two-step verification is on for this account. We sent a 6-digit code to %1; enter it here within 5 minutes to finish signing in.</source>
        <translation>Für dieses Konto ist die Bestätigung in zwei Schritten eingeschaltet. Wir haben einen 6-stelligen Code an %1 gesendet; geben Sie ihn innerhalb von 5 Minuten hier ein, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>Two-step verification is on for this account. We sent a 6-digit code to your phone; enter it here within 5 minutes to finish signing in.</source>
        <translation>Für dieses Konto ist die Bestätigung in zwei Schritten eingeschaltet. Wir haben einen 6-stelligen Code an Ihr Telefon gesendet; geben Sie ihn innerhalb von 5 Minuten hier ein, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>Two-step verification – TutorHub</source>
        <translation>Bestätigung in zwei Schritten – TutorHub</translation>
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
    <message>
        <source>Your password has been changed. You were signed out on every other computer and app; sign in there with the new password.</source>
        <translation>Ihr Passwort wurde geändert. Sie wurden auf allen anderen Computern und in allen anderen Apps abgemeldet; melden Sie sich dort mit dem neuen Passwort an.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern …</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Offline since %1: TutorHub cannot reach the server and keeps trying. Lists show what was known; booking and payments need the connection.</source>
        <extracomment>the status bar while the server cannot be reached; %1 the time it was last reached</extracomment>
        <translation>Offline seit %1: TutorHub erreicht den Server nicht und versucht es weiter. Listen zeigen den letzten bekannten Stand; Buchungen und Zahlungen brauchen die Verbindung.</translation>
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
    <name>tutorhub::ui::SystemNotifier</name>
    <message>
        <source>TutorHub</source>
        <translation>TutorHub</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A desktop notification shown inside the window: %1 its title, %2 its text</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::ThemeChooser</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Appearance of TutorHub: like the system, light, dark or high contrast</source>
        <translation>Erscheinungsbild von TutorHub: wie das System, hell, dunkel oder hoher Kontrast</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>The appearance “%1” applies from TutorHub&apos;s next start.</source>
        <translation>Das Erscheinungsbild „%1“ gilt ab dem nächsten Start von TutorHub.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Wochenkalender</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>, selected</source>
        <translation>, ausgewählt</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Vorherige Woche</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Previous week (Page Up)</source>
        <translation>Vorherige Woche (Bild auf)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This week (Home)</source>
        <translation>Diese Woche (Pos1)</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Nächste Woche ›</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation>Nächste Woche (Bild ab)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>week range, e.g. &quot;23 – 29 Nov 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Uhrzeiten in %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::WorkspacePage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Kommt in einer späteren Version</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::AdminPage</name>
    <message>
        <source>Resume unfinished moderation…</source>
        <translation>Unvollständige Moderation fortsetzen …</translation>
    </message>
    <message>
        <source>Resume unfinished moderation</source>
        <translation>Unvollständige Moderation fortsetzen</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::AdminTable</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n row(s)</source>
        <translation>
            <numerusform>Seite %1 von %2 · %n Zeile</numerusform>
            <numerusform>Seite %1 von %2 · %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>Keine Seiten</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;löschen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Wieder alle Zeilen zeigen</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::AgentHubPage</name>
    <message>
        <source>&lt;h2&gt;AgentHub&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;AgentHub&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>AgentHub</source>
        <translation>AgentHub</translation>
    </message>
    <message>
        <source>Agent overrides</source>
        <translation>Agenten-Überschreibungen</translation>
    </message>
    <message>
        <source>No agent override is configured.</source>
        <translation>Es ist keine Agenten-Überschreibung konfiguriert.</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>Turn override on or off</source>
        <translation>Überschreibung ein- oder ausschalten</translation>
    </message>
    <message>
        <source>&amp;Overrides</source>
        <translation>Über&amp;schreibungen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Tool catalog</source>
        <translation>Werkzeugkatalog</translation>
    </message>
    <message>
        <source>No tool matches.</source>
        <translation>Kein Werkzeug entspricht der Suche.</translation>
    </message>
    <message>
        <source>Tool &amp;catalog</source>
        <translation>Werkzeug&amp;katalog</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent executions</source>
        <translation>Agentenausführungen</translation>
    </message>
    <message>
        <source>No agent has run yet: the local server runs no agents (it only records their executions).</source>
        <translation>Es wurde noch kein Agent ausgeführt: Der lokale Server führt keine Agenten aus (er zeichnet nur ihre Ausführungen auf).</translation>
    </message>
    <message>
        <source>&amp;Executions</source>
        <translation>Aus&amp;führungen</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit override</source>
        <translation>Überschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Edit override: %1</source>
        <translation>Überschreibung bearbeiten: %1</translation>
    </message>
    <message>
        <source>Leave a field empty to use the agent&apos;s design default.</source>
        <translation>Lassen Sie ein Feld leer, um den Entwurfsstandard des Agenten zu verwenden.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Design default</source>
        <translation>Entwurfsstandard</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>0 to 2; design default</source>
        <translation>0 bis 2; Entwurfsstandard</translation>
    </message>
    <message>
        <source>Maximum tokens</source>
        <translation>Maximale Tokens</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Antwortformat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Choose the tools (otherwise the design default&apos;s)</source>
        <translation>Werkzeuge wählen (sonst die des Entwurfsstandards)</translation>
    </message>
    <message>
        <source>Selected tools</source>
        <translation>Gewählte Werkzeuge</translation>
    </message>
    <message>
        <source>Maximum tool calls</source>
        <translation>Maximale Werkzeugaufrufe</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Token-Budget</translation>
    </message>
    <message>
        <source>Override on</source>
        <translation>Überschreibung an</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;System-Prompt:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Maximum t&amp;okens:</source>
        <translation>Maximale T&amp;okens:</translation>
    </message>
    <message>
        <source>Response &amp;format:</source>
        <translation>Antwort&amp;format:</translation>
    </message>
    <message>
        <source>Too&amp;ls:</source>
        <translation>Werk&amp;zeuge:</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Leitplanken</translation>
    </message>
    <message>
        <source>Maximum tool &amp;calls:</source>
        <translation>Maximale Werkzeug&amp;aufrufe:</translation>
    </message>
    <message>
        <source>T&amp;imeout (seconds):</source>
        <translation>Zeit&amp;limit (Sekunden):</translation>
    </message>
    <message>
        <source>Token &amp;budget:</source>
        <translation>Token-&amp;Budget:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Save override</source>
        <translation>Überschreibung speichern</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::AnalyticsPage</name>
    <message>
        <source>Revenue (€)</source>
        <translation>Umsatz (€)</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Einschreibungen</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Analytics&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Auswertungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload analytics</source>
        <translation>Auswertungen neu laden</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Figures per week</source>
        <translation>Kennzahlen pro Woche</translation>
    </message>
    <message>
        <source>Per &amp;week</source>
        <translation>Pro &amp;Woche</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Analytics reports</source>
        <translation>Auswertungsberichte</translation>
    </message>
    <message>
        <source>No report was recorded yet.</source>
        <translation>Es wurde noch kein Bericht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Report &amp;records</source>
        <translation>Berichts&amp;protokoll</translation>
    </message>
    <message>
        <source>Figures of the newest %1 rows per list only (a very large data set).</source>
        <translation>Kennzahlen nur der neuesten %1 Zeilen pro Liste (sehr großer Datenbestand).</translation>
    </message>
    <message>
        <source>Last 12 weeks, times in UTC weeks (Monday to Sunday).</source>
        <translation>Letzte 12 Wochen, Zeiten in UTC-Wochen (Montag bis Sonntag).</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>Die Kennzahlen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Export analytics as CSV</source>
        <translation>Auswertungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Enrollments, refund requests and issues per week</source>
        <translation>Einschreibungen, Erstattungsanträge und Meldungen pro Woche</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Erstattungsanträge</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Activity per week</source>
        <translation>Aktivität pro Woche</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue per week</source>
        <translation>Umsatz pro Woche</translation>
    </message>
    <message>
        <source>By course category</source>
        <translation>Nach Kurskategorie</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Top tutors by revenue</source>
        <translation>Tutor(inn)en mit dem höchsten Umsatz</translation>
    </message>
    <message>
        <source>By tutor</source>
        <translation>Nach Tutor(in)</translation>
    </message>
    <message>
        <source>Issues by type</source>
        <translation>Meldungen nach Art</translation>
    </message>
    <message>
        <source>Revenue per week (paid enrollments)</source>
        <translation>Umsatz pro Woche (bezahlte Einschreibungen)</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::ApplicationsPage</name>
    <message>
        <source>Certificates checked; welcome aboard.</source>
        <translation>Zertifikate geprüft; willkommen an Bord.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tutor applications&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tutorenbewerbungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search applicant</source>
        <translation>Bewerbende Person suchen</translation>
    </message>
    <message>
        <source>Tutor applications</source>
        <translation>Tutorenbewerbungen</translation>
    </message>
    <message>
        <source>No application is waiting for a review.</source>
        <translation>Keine Bewerbung wartet auf eine Prüfung.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Review &amp;note (sent to the applicant):</source>
        <translation>Prüf&amp;notiz (wird an die bewerbende Person gesendet):</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Prüfnotiz</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Approve application</source>
        <translation>Bewerbung annehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation>Bewerbung ablehnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an application.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Bewerbung aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>beworben am %1</translation>
    </message>
    <message>
        <source>Specializations</source>
        <translation>Fachgebiete</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>&lt;p&gt;No documents were attached.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es wurden keine Dokumente angehängt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::CoursesPage</name>
    <message>
        <source>&lt;h2&gt;Courses&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kurse&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search title</source>
        <translation>Titel suchen</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>No course matches.</source>
        <translation>Kein Kurs entspricht der Suche.</translation>
    </message>
    <message>
        <source>&amp;Flag…</source>
        <translation>&amp;Beanstanden …</translation>
    </message>
    <message>
        <source>Flag course</source>
        <translation>Kurs beanstanden</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Kurs entfernen</translation>
    </message>
    <message>
        <source>Why is this course flagged? (visible to the tutor)</source>
        <translation>Warum wird dieser Kurs beanstandet? (für die Tutorin/den Tutor sichtbar)</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::DashboardPage</name>
    <message>
        <source>&lt;h2&gt;Needs attention&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Handlungsbedarf&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh dashboard</source>
        <translation>Übersicht aktualisieren</translation>
    </message>
    <message>
        <source>%1: %2. Opens the queue.</source>
        <translation>%1: %2. Öffnet die Warteschlange.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::EnrollmentsPage</name>
    <message>
        <source>&lt;h2&gt;Enrollments and refunds&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Einschreibungen und Erstattungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Enrollments and refunds</source>
        <translation>Einschreibungen und Erstattungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Einschreibungen</translation>
    </message>
    <message>
        <source>No enrollment matches these filters.</source>
        <translation>Keine Einschreibung entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>&amp;Cancel enrollment…</source>
        <translation>Einschreibung s&amp;tornieren …</translation>
    </message>
    <message>
        <source>Cancel enrollment</source>
        <translation>Einschreibung stornieren</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Er&amp;statten …</translation>
    </message>
    <message>
        <source>Refund enrollment</source>
        <translation>Einschreibung erstatten</translation>
    </message>
    <message>
        <source>&amp;Enrollments</source>
        <translation>&amp;Einschreibungen</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Erstattungsanträge</translation>
    </message>
    <message>
        <source>No refund request matches.</source>
        <translation>Kein Erstattungsantrag entspricht der Suche.</translation>
    </message>
    <message>
        <source>Refund &amp;requests</source>
        <translation>Erstattungs&amp;anträge</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Cleanup age in minutes</source>
        <translation>Bereinigungsfrist in Minuten</translation>
    </message>
    <message>
        <source>Run &amp;pending cleanup</source>
        <translation>&amp;Bereinigung starten</translation>
    </message>
    <message>
        <source>Run pending cleanup</source>
        <translation>Ausstehende Bereinigung ausführen</translation>
    </message>
    <message>
        <source>Cancel unpaid enrollments older than</source>
        <translation>Unbezahlte stornieren nach</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen …</translation>
    </message>
    <message>
        <source>Approve refund request</source>
        <translation>Erstattungsantrag genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen …</translation>
    </message>
    <message>
        <source>Reject refund request</source>
        <translation>Erstattungsantrag ablehnen</translation>
    </message>
    <message>
        <source>Their reason: %1</source>
        <translation>Begründung des Antrags: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: why it is approved</source>
        <translation>Optional: warum genehmigt wird</translation>
    </message>
    <message>
        <source>Why it is rejected (the student reads this)</source>
        <translation>Warum abgelehnt wird (der Schüler liest dies)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Approve and refund</source>
        <translation>Genehmigen und erstatten</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::IssuesPage</name>
    <message>
        <source>&lt;h2&gt;Issues&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Meldungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Reporter (name or e-mail)</source>
        <translation>Meldende Person (Name oder E-Mail)</translation>
    </message>
    <message>
        <source>Reported person (name or e-mail)</source>
        <translation>Gemeldete Person (Name oder E-Mail)</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>No issue matches these filters.</source>
        <translation>Keine Meldung entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meldung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Issue detail</source>
        <translation>Meldungsdetails</translation>
    </message>
    <message>
        <source>Internal note (never shown to the reporter)</source>
        <translation>Interne Notiz (wird der meldenden Person nie angezeigt)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>&amp;Notiz speichern</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Start &amp;investigating</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <source>Start investigating</source>
        <translation>Untersuchung beginnen</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Lösen …</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Folgemaßnahme</translation>
    </message>
    <message>
        <source>Run action</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run follow-up action</source>
        <translation>Folgemaßnahme ausführen</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Maßnahme:</translation>
    </message>
    <message>
        <source>Select an issue to see it.</source>
        <translation>Wählen Sie eine Meldung aus, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Gemeldet von:</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Gemeldet:</translation>
    </message>
    <message>
        <source>Person reported:</source>
        <translation>Gemeldete Person:</translation>
    </message>
    <message>
        <source>Course reported:</source>
        <translation>Gemeldeter Kurs:</translation>
    </message>
    <message>
        <source>Course tutor:</source>
        <translation>Tutor(in) des Kurses:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Resolve issue</source>
        <translation>Meldung lösen</translation>
    </message>
    <message>
        <source>A resolution with an action (warn, course edit, removal, suspension, ban) runs that action next; removals, suspensions and bans show what they cancel and refund first.</source>
        <translation>Eine Lösung mit Maßnahme (Verwarnung, Kursänderung, Entfernung, Sperrung, dauerhafte Sperrung) führt diese Maßnahme anschließend aus; bei Entfernungen und Sperrungen wird zuerst angezeigt, was storniert und erstattet wird.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation>Interne &amp;Notiz:</translation>
    </message>
    <message>
        <source>Confirm resolution</source>
        <translation>Lösung bestätigen</translation>
    </message>
    <message>
        <source>Open or being investigated</source>
        <translation>Offen oder in Prüfung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mir</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemandem</translation>
    </message>
    <message>
        <source>Issue priority</source>
        <translation>Priorität der Meldung</translation>
    </message>
    <message>
        <source>Issue assignee</source>
        <translation>Zuständig für die Meldung</translation>
    </message>
    <message>
        <source>Save priority and assignee</source>
        <translation>Priorität und Zuständigkeit speichern</translation>
    </message>
    <message>
        <source>This server keeps no priority or assignee for issues (it offers only the documented contract): sort the queue by status and kind instead.</source>
        <translation>Dieser Server speichert für Meldungen weder Priorität noch Zuständigkeit (er bietet nur den dokumentierten Vertrag): Sortieren Sie die Liste stattdessen nach Status und Art.</translation>
    </message>
    <message>
        <source>Triage not available</source>
        <translation>Einordnung nicht verfügbar</translation>
    </message>
    <message>
        <source>Priority of the selected issue</source>
        <translation>Priorität der gewählten Meldung</translation>
    </message>
    <message>
        <source>Administrator the selected issue is assigned to</source>
        <translation>Administrator, dem die gewählte Meldung zugewiesen ist</translation>
    </message>
    <message>
        <source>Sa&amp;ve triage</source>
        <translation>Einordnung spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Triage:</source>
        <translation>&amp;Einordnung:</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::ModerationDialog</name>
    <message>
        <source>Reactivation cancels nothing.</source>
        <translation>Eine Reaktivierung storniert nichts.</translation>
    </message>
    <message>
        <source>This sequence stopped before it finished: %1. Resume runs the remaining steps; the steps already done are not repeated.</source>
        <translation>Dieser Ablauf wurde vor dem Ende angehalten: %1. „Fortsetzen“ führt die restlichen Schritte aus; bereits erledigte Schritte werden nicht wiederholt.</translation>
    </message>
    <message>
        <source>it was interrupted</source>
        <translation>er wurde unterbrochen</translation>
    </message>
    <message>
        <source>Course: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Kurs: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>User: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Benutzer: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this will cancel and refund&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was dabei storniert und erstattet wird&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Impact summary</source>
        <translation>Zusammenfassung der Auswirkungen</translation>
    </message>
    <message>
        <source>Affected enrollments</source>
        <translation>Betroffene Einschreibungen</translation>
    </message>
    <message>
        <source>The affected enrollments could not be read: %1</source>
        <translation>Die betroffenen Einschreibungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Recorded in the moderation log and sent to the user</source>
        <translation>Wird im Moderationsprotokoll festgehalten und an den Benutzer gesendet</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Message to the user</source>
        <translation>Nachricht an den Benutzer</translation>
    </message>
    <message>
        <source>Optional: the warning the user receives (a standard sentence with the reason otherwise)</source>
        <translation>Optional: die Verwarnung, die der Benutzer erhält (sonst ein Standardsatz mit dem Grund)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schritte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Moderation steps</source>
        <translation>Moderationsschritte</translation>
    </message>
    <message>
        <source>Moderation status</source>
        <translation>Moderationsstatus</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Confirm moderation</source>
        <translation>Moderation bestätigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <source>A step failed: %1 Nothing is lost: the steps done so far stay done. Resume when the problem is solved (also later, from the list of unfinished moderation).</source>
        <translation>Ein Schritt ist fehlgeschlagen: %1 Es geht nichts verloren: Die bisher erledigten Schritte bleiben erledigt. Setzen Sie fort, sobald das Problem behoben ist (auch später, über die Liste der unvollständigen Moderationen).</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n enrollment(s) canceled.</source>
        <translation>
            <numerusform>Fertig. %n Einschreibung storniert.</numerusform>
            <numerusform>Fertig. %n Einschreibungen storniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please give a reason: it is recorded and sent to the user.</source>
        <translation>Bitte geben Sie einen Grund an: Er wird protokolliert und an den Benutzer gesendet.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::ModerationLogPage</name>
    <message>
        <source>&lt;h2&gt;Moderation log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Moderationsprotokoll&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Moderationsprotokoll</translation>
    </message>
    <message>
        <source>No moderation action matches these filters.</source>
        <translation>Keine Moderationsmaßnahme entspricht diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::UsersPage</name>
    <message>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Benutzer&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search name or e-mail</source>
        <translation>Name oder E-Mail-Adresse suchen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation>Kein Benutzer entspricht der Suche.</translation>
    </message>
    <message>
        <source>User detail</source>
        <translation>Benutzerdetails</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sperren …</translation>
    </message>
    <message>
        <source>Suspend user</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Dauerhaft sperren …</translation>
    </message>
    <message>
        <source>Ban user</source>
        <translation>Benutzer dauerhaft sperren</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>Re&amp;aktivieren …</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Benutzer reaktivieren</translation>
    </message>
    <message>
        <source>Why this is not possible</source>
        <translation>Warum das nicht möglich ist</translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation>Wählen Sie einen Benutzer aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Role: %3&lt;br&gt;Account: %4&lt;br&gt;Tutor application: %5&lt;br&gt;Registered: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Rolle: %3&lt;br&gt;Konto: %4&lt;br&gt;Tutorenbewerbung: %5&lt;br&gt;Registriert: %6</translation>
    </message>
    <message>
        <source>Suspended or banned</source>
        <translation>Gesperrt oder ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::ChatAttachments</name>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Fortschritt des Downloads</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the downloaded file</source>
        <translation>Heruntergeladene Datei öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the download notice</source>
        <translation>Download-Hinweis schließen</translation>
    </message>
    <message>
        <source>No program is set up to open “%1”. It is saved in %2.</source>
        <translation>Kein Programm ist zum Öffnen von „%1“ eingerichtet. Die Datei liegt in %2.</translation>
    </message>
    <message>
        <source>“%1” is saved in %2.</source>
        <translation>„%1“ ist in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This server does not take files in the chat. Share a link to the file instead.</source>
        <translation>Dieser Server nimmt keine Dateien im Chat an. Teilen Sie stattdessen einen Link zur Datei.</translation>
    </message>
    <message>
        <source>Send a file or image…</source>
        <translation>Datei oder Bild senden…</translation>
    </message>
    <message>
        <source>Share a link…</source>
        <translation>Link teilen…</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.gif *.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.odp *.txt *.md *.csv *.zip);;All files (*)</source>
        <translation>Bilder und Dokumente (*.png *.jpg *.jpeg *.gif *.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.odp *.txt *.md *.csv *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This server does not hand out files sent in the chat. Ask the sender for a link instead.</source>
        <translation>Dieser Server gibt im Chat gesendete Dateien nicht heraus. Bitten Sie stattdessen um einen Link.</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>„%1“ speichern</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>„%1“ wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::ChatPane</name>
    <message>
        <source>Chat connection state</source>
        <translation>Status der Chatverbindung</translation>
    </message>
    <message>
        <source>No conversations yet. A conversation starts from an enrollment.</source>
        <translation>Noch keine Unterhaltungen. Eine Unterhaltung beginnt mit einer Einschreibung.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Unterhaltungen werden geladen …</translation>
    </message>
    <message>
        <source>Conversation list state</source>
        <translation>Status der Unterhaltungsliste</translation>
    </message>
    <message>
        <source>← Conversations</source>
        <translation>← Unterhaltungen</translation>
    </message>
    <message>
        <source>Back to the conversations</source>
        <translation>Zurück zu den Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Titel der Unterhaltung</translation>
    </message>
    <message>
        <source>Course of the conversation</source>
        <translation>Kurs der Unterhaltung</translation>
    </message>
    <message>
        <source>Warn…</source>
        <translation>Verwarnen …</translation>
    </message>
    <message>
        <source>Warn the other participant</source>
        <translation>Die andere Person verwarnen</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>Stummschalten …</translation>
    </message>
    <message>
        <source>Silence the other participant in this conversation</source>
        <translation>Die andere Person in dieser Unterhaltung stummschalten</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Blockieren …</translation>
    </message>
    <message>
        <source>Block the other participant in this conversation</source>
        <translation>Die andere Person in dieser Unterhaltung blockieren</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>Aufheben …</translation>
    </message>
    <message>
        <source>Lift a silence or block in this conversation</source>
        <translation>Eine Stummschaltung oder Blockierung in dieser Unterhaltung aufheben</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>Tippanzeige</translation>
    </message>
    <message>
        <source>Replying to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the reply or edit</source>
        <translation>Antwort oder Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Chat notice</source>
        <translation>Chathinweis</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen …</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write a message (Enter sends, Shift+Enter new line)</source>
        <translation>Nachricht schreiben (Eingabetaste sendet, Umschalt+Eingabetaste für neue Zeile)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Attach an image or document</source>
        <translation>Bild oder Dokument anhängen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Attachment type</source>
        <translation>Art des Anhangs</translation>
    </message>
    <message>
        <source>Link to the file</source>
        <translation>Link zur Datei</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Antwort auf: %1</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Sie bearbeiten Ihre Nachricht</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this message for everyone in the conversation?</source>
        <translation>Diese Nachricht für alle in der Unterhaltung löschen?</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Warn user</source>
        <translation>Benutzer verwarnen</translation>
    </message>
    <message>
        <source>Warning sent to %1 as a message from the TutorHub team:</source>
        <translation>Verwarnung an %1 als Nachricht des TutorHub-Teams:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>%1 %2 in this conversation for how many hours? (0 = until lifted)</source>
        <translation>%1: %2 in dieser Unterhaltung für wie viele Stunden? (0 = bis zur Aufhebung)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Lift which restriction of %1?</source>
        <translation>Welche Einschränkung von %1 aufheben?</translation>
    </message>
    <message>
        <source>Attach a file, an image or a link</source>
        <translation>Datei, Bild oder Link anhängen</translation>
    </message>
    <message>
        <source>Send a file or an image (up to %1), or share a link. You can also drop files here or paste an image.</source>
        <translation>Eine Datei oder ein Bild (bis zu %1) senden oder einen Link teilen. Sie können Dateien auch hierher ziehen oder ein Bild einfügen.</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::DockRail</name>
    <message>
        <source>Show the chat</source>
        <translation>Chat anzeigen</translation>
    </message>
    <message>
        <source>Collapse the chat</source>
        <translation>Chat einklappen</translation>
    </message>
    <message>
        <source>Collapse the chat to a narrow bar</source>
        <translation>Chat zu einer schmalen Leiste einklappen</translation>
    </message>
    <message>
        <source>Close the chat</source>
        <translation>Chat schließen</translation>
    </message>
    <message numerus="yes">
        <source>Show the chat (%n unread)</source>
        <extracomment>the collapsed chat&apos;s button; %n is the number of unread messages</extracomment>
        <translation>
            <numerusform>Chat anzeigen (%n ungelesen)</numerusform>
            <numerusform>Chat anzeigen (%n ungelesen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::MessageDelegate</name>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet …</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>%1 · uploading %2 %</source>
        <translation>%1 · wird hochgeladen, %2 %</translation>
    </message>
    <message>
        <source>%1 · click to download</source>
        <translation>%1 · zum Herunterladen klicken</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::BookingDialog</name>
    <message>
        <source>Book lessons: %1</source>
        <translation>Stunden buchen: %1</translation>
    </message>
    <message>
        <source>%1. Choose the lessons you want; all times are in %2.</source>
        <translation>%1. Wählen Sie die gewünschten Stunden; alle Zeiten sind in %2 angegeben.</translation>
    </message>
    <message>
        <source>Free lessons</source>
        <translation>Freie Stunden</translation>
    </message>
    <message>
        <source>Book and pay</source>
        <translation>Buchen und bezahlen</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Buchung abbrechen</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>No free lessons this week.</source>
        <translation>Diese Woche gibt es keine freien Stunden.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::FindTutorPage</name>
    <message>
        <source>Search course packs</source>
        <translation>Kurspakete suchen</translation>
    </message>
    <message>
        <source>Search course packs by title</source>
        <translation>Kurspakete nach Titel suchen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Terminplanung</translation>
    </message>
    <message>
        <source>Any scheduling</source>
        <translation>Beliebige Terminplanung</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor(in)</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Alle Tutorinnen und Tutoren</translation>
    </message>
    <message>
        <source>Price per lesson (€):</source>
        <translation>Preis pro Stunde (€):</translation>
    </message>
    <message>
        <source>Lowest price per lesson</source>
        <translation>Niedrigster Preis pro Stunde</translation>
    </message>
    <message>
        <source>Highest price per lesson</source>
        <translation>Höchster Preis pro Stunde</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Show as cards</source>
        <translation>Als Karten anzeigen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Als Liste anzeigen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Course packs</source>
        <translation>Kurspakete</translation>
    </message>
    <message>
        <source>No course packs match these filters.</source>
        <translation>Keine Kurspakete entsprechen diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::HelpPage</name>
    <message>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>What is the problem about?</source>
        <translation>Worum geht es bei dem Problem?</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>Einen Kurs</translation>
    </message>
    <message>
        <source>A tutor</source>
        <translation>Eine Tutorin oder einen Tutor</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Which course or tutor</source>
        <translation>Kurs oder Tutor(in)</translation>
    </message>
    <message>
        <source>Describe the problem</source>
        <translation>Beschreiben Sie das Problem</translation>
    </message>
    <message>
        <source>What happened? The team reads every report.</source>
        <translation>Was ist passiert? Das Team liest jede Meldung.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Course / tutor</source>
        <translation>Kurs / Tutor(in)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Meldung senden</translation>
    </message>
    <message>
        <source>Your reports and their status</source>
        <translation>Ihre Meldungen und ihr Status</translation>
    </message>
    <message>
        <source>Your reports</source>
        <translation>Ihre Meldungen</translation>
    </message>
    <message>
        <source>You have not reported any problem.</source>
        <translation>Sie haben noch kein Problem gemeldet.</translation>
    </message>
    <message>
        <source>Mark selected as seen</source>
        <translation>Ausgewählte als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Noch keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Only courses and tutors you booked can be reported here</source>
        <translation>Hier können nur Kurse und Tutorinnen und Tutoren gemeldet werden, die Sie gebucht haben</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::MyLearningPage</name>
    <message>
        <source>Your enrollments</source>
        <translation>Ihre Einschreibungen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh enrollments</source>
        <translation>Einschreibungen aktualisieren</translation>
    </message>
    <message>
        <source>You have no enrollments yet. Find a tutor to book your first lessons.</source>
        <translation>Sie haben noch keine Einschreibungen. Finden Sie eine Tutorin oder einen Tutor, um Ihre ersten Stunden zu buchen.</translation>
    </message>
    <message>
        <source>Pay now…</source>
        <translation>Jetzt bezahlen …</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>Jetzt bezahlen</translation>
    </message>
    <message>
        <source>Request a refund…</source>
        <translation>Erstattung beantragen …</translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation>Erstattung beantragen</translation>
    </message>
    <message>
        <source>Lesson times are shown in %1.</source>
        <translation>Stundenzeiten werden in %1 angezeigt.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Course materials</source>
        <translation>Kursmaterialien</translation>
    </message>
    <message>
        <source>Open or download</source>
        <translation>Öffnen oder herunterladen</translation>
    </message>
    <message>
        <source>Open or download the material</source>
        <translation>Material öffnen oder herunterladen</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Erstattungsanträge</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialien</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Choose an enrollment to see its lessons.</source>
        <translation>Wählen Sie eine Einschreibung, um ihre Stunden zu sehen.</translation>
    </message>
    <message>
        <source>Why do you want a refund?</source>
        <translation>Warum möchten Sie eine Erstattung?</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Grund für die Erstattung</translation>
    </message>
    <message>
        <source>Request the refund</source>
        <translation>Erstattung beantragen</translation>
    </message>
    <message>
        <source>Keep the enrollment</source>
        <translation>Einschreibung behalten</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Kalender exportieren …</translation>
    </message>
    <message>
        <source>Export lessons as a calendar file</source>
        <translation>Stunden als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Export lessons</source>
        <translation>Stunden exportieren</translation>
    </message>
    <message>
        <source>tutorhub-lessons.ics</source>
        <translation>tutorhub-stunden.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Message the tutor</source>
        <translation>Tutor(in) anschreiben</translation>
    </message>
    <message>
        <source>Opens the conversation with this enrollment&apos;s tutor in the chat pane.</source>
        <translation>Öffnet die Unterhaltung mit der Tutorin oder dem Tutor dieser Einschreibung im Chatbereich.</translation>
    </message>
    <message>
        <source>The chat is not available in this window. Open Messages to write to your tutor.</source>
        <translation>Der Chat ist in diesem Fenster nicht verfügbar. Öffnen Sie „Nachrichten“, um Ihrer Tutorin oder Ihrem Tutor zu schreiben.</translation>
    </message>
    <message>
        <source>No lessons booked in this enrollment.</source>
        <translation>In dieser Einschreibung sind keine Stunden gebucht.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::PackCardDelegate</name>
    <message>
        <source>%1 per lesson</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>Screening meeting</source>
        <translation>Kennenlerngespräch</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::PackView</name>
    <message>
        <source>Back to the catalog</source>
        <translation>Zurück zum Katalog</translation>
    </message>
    <message>
        <source>Tutor profile</source>
        <translation>Tutorenprofil</translation>
    </message>
    <message>
        <source>About this course</source>
        <translation>Über diesen Kurs</translation>
    </message>
    <message>
        <source>Course materials</source>
        <translation>Kursmaterialien</translation>
    </message>
    <message>
        <source>Screening meeting</source>
        <translation>Kennenlerngespräch</translation>
    </message>
    <message>
        <source>Request a screening meeting</source>
        <translation>Kennenlerngespräch anfragen</translation>
    </message>
    <message>
        <source>Choose lessons…</source>
        <translation>Stunden wählen …</translation>
    </message>
    <message>
        <source>Choose lessons</source>
        <translation>Stunden wählen</translation>
    </message>
    <message>
        <source>by %1 · %2</source>
        <translation>von %1 · %2</translation>
    </message>
    <message>
        <source>%1 per lesson</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>The tutor has not described this course yet.</source>
        <translation>Die Tutorin oder der Tutor hat diesen Kurs noch nicht beschrieben.</translation>
    </message>
    <message>
        <source>Accept this time</source>
        <translation>Diesen Termin annehmen</translation>
    </message>
    <message>
        <source>Accept the proposed screening time</source>
        <translation>Den vorgeschlagenen Termin für das Vorgespräch annehmen</translation>
    </message>
    <message>
        <source>Propose other times…</source>
        <translation>Andere Termine vorschlagen…</translation>
    </message>
    <message>
        <source>Propose other screening times</source>
        <translation>Andere Termine für das Vorgespräch vorschlagen</translation>
    </message>
    <message>
        <source>Propose when you could meet the tutor for the screening, in %1.</source>
        <translation>Schlagen Sie vor, wann Sie die Lehrkraft zum Vorgespräch treffen könnten, in %1.</translation>
    </message>
    <message>
        <source>Propose other times for the screening meeting, in %1.</source>
        <translation>Schlagen Sie andere Termine für das Vorgespräch vor, in %1.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::PaymentDialog</name>
    <message>
        <source>Pay for your lessons</source>
        <translation>Stunden bezahlen</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Gespeicherte Karte</translation>
    </message>
    <message>
        <source>Pay with a saved card</source>
        <translation>Mit einer gespeicherten Karte bezahlen</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Pay with a new card</source>
        <translation>Mit einer neuen Karte bezahlen</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation>Ablaufdatum (MM/JJ)</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Prüfnummer</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Name auf der Karte</translation>
    </message>
    <message>
        <source>Save this card for next time</source>
        <translation>Diese Karte für das nächste Mal speichern</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check the payment again</source>
        <translation>Zahlung erneut prüfen</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close payment</source>
        <translation>Zahlung schließen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Your bank asks you to confirm this payment on its page in your browser.</source>
        <translation>Ihre Bank bittet Sie, diese Zahlung auf ihrer Seite im Browser zu bestätigen.</translation>
    </message>
    <message>
        <source>Open the bank&apos;s page</source>
        <translation>Bankseite öffnen</translation>
    </message>
    <message>
        <source>Open the bank&apos;s confirmation page</source>
        <translation>Bestätigungsseite der Bank öffnen</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::ScreeningTimesDialog</name>
    <message>
        <source>Propose screening times</source>
        <translation>Termine für das Vorgespräch vorschlagen</translation>
    </message>
    <message>
        <source>Proposed time %1</source>
        <translation>Vorgeschlagener Termin %1</translation>
    </message>
    <message>
        <source>&amp;Time (%1):</source>
        <translation>&amp;Termin (%1):</translation>
    </message>
    <message>
        <source>Also propose time %1:</source>
        <translation>Auch Termin %1 vorschlagen:</translation>
    </message>
    <message>
        <source>Also propose time %1</source>
        <translation>Auch Termin %1 vorschlagen</translation>
    </message>
    <message>
        <source>The tutor picks one of your times or proposes another.</source>
        <translation>Die Lehrkraft wählt einen Ihrer Termine oder schlägt einen anderen vor.</translation>
    </message>
    <message>
        <source>The tutor approves this time or proposes another.</source>
        <translation>Die Lehrkraft genehmigt diesen Termin oder schlägt einen anderen vor.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Dialog message</source>
        <translation>Dialogmeldung</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::StudentPages</name>
    <message>
        <source>Screening meeting for %1 with %2: %3.</source>
        <translation>Vorgespräch für %1 mit %2: %3.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::TutorView</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back from the tutor profile</source>
        <translation>Zurück vom Tutorenprofil</translation>
    </message>
    <message>
        <source>Course packs of this tutor</source>
        <translation>Kurspakete dieser Tutorin bzw. dieses Tutors</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::AvailabilityPage</name>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>When you can teach. Lessons are generated from these windows on the Lessons page. Double-click the week to start a new window there.</source>
        <translation>Wann Sie unterrichten können. Auf der Seite „Stunden“ werden aus diesen Zeitfenstern Stunden erzeugt. Doppelklicken Sie in die Woche, um dort ein neues Zeitfenster zu beginnen.</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Ihre Zeitzone</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1. A weekly window keeps its time when the clocks change.</source>
        <translation>Die Zeiten gelten in Ihrer Zeitzone, %1. Ein wöchentliches Zeitfenster behält seine Uhrzeit bei der Zeitumstellung.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Only on this date</source>
        <translation>Nur an diesem Datum</translation>
    </message>
    <message>
        <source>Date (its weekday for weekly windows)</source>
        <translation>Datum (bei wöchentlichen Zeitfenstern dessen Wochentag)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Teaching mode</source>
        <translation>Unterrichtsform</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Zeitfenster hinzufügen</translation>
    </message>
    <message>
        <source>Add availability window</source>
        <translation>Verfügbarkeitsfenster hinzufügen</translation>
    </message>
    <message>
        <source>Change selected</source>
        <translation>Auswahl ändern</translation>
    </message>
    <message>
        <source>Change selected window</source>
        <translation>Ausgewähltes Zeitfenster ändern</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Delete selected window</source>
        <translation>Ausgewähltes Zeitfenster löschen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Availability week</source>
        <translation>Verfügbarkeitswoche</translation>
    </message>
    <message>
        <source>No availability this week. Add a window above.</source>
        <translation>Keine Verfügbarkeit in dieser Woche. Fügen Sie oben ein Zeitfenster hinzu.</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>This date only</source>
        <translation>Nur dieses Datum</translation>
    </message>
    <message>
        <source>A window must end after it starts, on the same day.</source>
        <translation>Ein Zeitfenster muss nach seinem Beginn am selben Tag enden.</translation>
    </message>
    <message>
        <source>This date is in the past; choose a date from today on.</source>
        <translation>Dieses Datum liegt in der Vergangenheit; wählen Sie ein Datum ab heute.</translation>
    </message>
    <message>
        <source>Import busy times…</source>
        <translation>Belegte Zeiten importieren…</translation>
    </message>
    <message>
        <source>Import busy times from a calendar file</source>
        <translation>Belegte Zeiten aus einer Kalenderdatei importieren</translation>
    </message>
    <message>
        <source>Read an .ics file from your calendar program: its events become busy times, in which no lesson is generated.</source>
        <translation>Liest eine .ics-Datei aus Ihrem Kalenderprogramm: Ihre Termine werden belegte Zeiten, in denen keine Stunden erzeugt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) imported. No lesson is generated in them.</source>
        <translation>
            <numerusform>%n belegte Zeit importiert. Darin werden keine Stunden erzeugt.</numerusform>
            <numerusform>%n belegte Zeiten importiert. Darin werden keine Stunden erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Choir rehearsal</source>
        <translation>Chorprobe</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Zahnarzt</translation>
    </message>
    <message>
        <source>Family visit</source>
        <translation>Familienbesuch</translation>
    </message>
    <message>
        <source>Parents&apos; meeting</source>
        <translation>Elternabend</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::BecomeTutorPage</name>
    <message>
        <source>Become a tutor</source>
        <translation>Tutor(in) werden</translation>
    </message>
    <message>
        <source>Tell us what you teach and how you are qualified. An administrator reviews your application; once it is approved your tutor workspace opens here.</source>
        <translation>Erzählen Sie uns, was Sie unterrichten und welche Qualifikationen Sie haben. Eine Administratorin oder ein Administrator prüft Ihre Bewerbung; sobald sie angenommen ist, öffnet sich hier Ihr Tutorenbereich.</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Bewerbung:</translation>
    </message>
    <message>
        <source>Application status</source>
        <translation>Bewerbungsstatus</translation>
    </message>
    <message>
        <source>Application status explanation</source>
        <translation>Erläuterung zum Bewerbungsstatus</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Status prüfen</translation>
    </message>
    <message>
        <source>Check application status</source>
        <translation>Bewerbungsstatus prüfen</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Notiz zur Prüfung</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Fächer</translation>
    </message>
    <message>
        <source>e.g. Mathematics, Physics</source>
        <translation>z. B. Mathematik, Physik</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>Degrees and other education</source>
        <translation>Abschlüsse und sonstige Ausbildung</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Teaching or subject certificates</source>
        <translation>Unterrichts- oder Fachzertifikate</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>A few sentences about you as a teacher</source>
        <translation>Ein paar Sätze darüber, wie Sie unterrichten</translation>
    </message>
    <message>
        <source>Document links</source>
        <translation>Dokumentlinks</translation>
    </message>
    <message>
        <source>Links to your diplomas or certificates, one per line (https://…)</source>
        <translation>Links zu Ihren Diplomen oder Zertifikaten, einer pro Zeile (https://…)</translation>
    </message>
    <message>
        <source>&amp;Subjects:</source>
        <translation>&amp;Fächer:</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Qualifikationen:</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Zertifikate:</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>&amp;Biografie:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Dokumente:</translation>
    </message>
    <message>
        <source>Send application</source>
        <translation>Bewerbung senden</translation>
    </message>
    <message>
        <source>Your application is being reviewed. You can keep using TutorHub as a student meanwhile.</source>
        <translation>Ihre Bewerbung wird geprüft. Sie können TutorHub in der Zwischenzeit weiter als Lernende(r) nutzen.</translation>
    </message>
    <message>
        <source>Your application was approved. Your tutor workspace opens now.</source>
        <translation>Ihre Bewerbung wurde angenommen. Ihr Tutorenbereich wird jetzt geöffnet.</translation>
    </message>
    <message>
        <source>Your application was not approved. You may improve it and apply again.</source>
        <translation>Ihre Bewerbung wurde nicht angenommen. Sie können sie überarbeiten und sich erneut bewerben.</translation>
    </message>
    <message>
        <source>You have not applied yet.</source>
        <translation>Sie haben sich noch nicht beworben.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: %1</source>
        <translation>Notiz zur Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::BusyTimesImportDialog</name>
    <message>
        <source>Import busy times</source>
        <translation>Belegte Zeiten importieren</translation>
    </message>
    <message>
        <source>Events of a calendar file (.ics) become busy times: the Availability week shows them and no lesson is generated then. Cancelled and free events are left out. Times are shown in your time zone, %1.</source>
        <translation>Termine einer Kalenderdatei (.ics) werden belegte Zeiten: Die Woche der Verfügbarkeit zeigt sie, und dann werden keine Stunden erzeugt. Abgesagte und freie Termine werden ausgelassen. Zeiten erscheinen in Ihrer Zeitzone, %1.</translation>
    </message>
    <message>
        <source>Dialog message</source>
        <translation>Dialogmeldung</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Eine Kalenderdatei wählen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Da&amp;ten:</translation>
    </message>
    <message>
        <source>Busy times in the file</source>
        <translation>Belegte Zeiten in der Datei</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Wann (%1)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose a calendar file to see its busy times.</source>
        <translation>Wählen Sie eine Kalenderdatei, um ihre belegten Zeiten zu sehen.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ifb *.ical);;All files (*)</source>
        <translation>Kalenderdateien (*.ics *.ifb *.ical);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened (%2). Choose another file.</source>
        <translation>Die Datei %1 kann nicht geöffnet werden (%2). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Reading what is already stored…</source>
        <translation>Gespeichertes wird gelesen…</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Früher importiert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>The file has no busy times between these dates.</source>
        <translation>Die Datei enthält zwischen diesen Daten keine belegten Zeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) found between these dates.</source>
        <translation>
            <numerusform>%n belegte Zeit zwischen diesen Daten gefunden.</numerusform>
            <numerusform>%n belegte Zeiten zwischen diesen Daten gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them imported before; they are not imported again.</source>
        <translation>
            <numerusform>%n davon wurde früher importiert und wird nicht erneut importiert.</numerusform>
            <numerusform>%n davon wurden früher importiert und werden nicht erneut importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled or free event(s) left out.</source>
        <translation>
            <numerusform>%n abgesagter oder freier Termin ausgelassen.</numerusform>
            <numerusform>%n abgesagte oder freie Termine ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import adds %n busy time(s).</source>
        <translation>
            <numerusform>Der Import fügt %n belegte Zeit hinzu.</numerusform>
            <numerusform>Der Import fügt %n belegte Zeiten hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) imported.</source>
        <translation>
            <numerusform>%n belegte Zeit importiert.</numerusform>
            <numerusform>%n belegte Zeiten importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported; the list says why. Import tries them again.</source>
        <translation>
            <numerusform>%n konnte nicht importiert werden; die Liste sagt warum. „Importieren“ versucht es erneut.</numerusform>
            <numerusform>%n konnten nicht importiert werden; die Liste sagt warum. „Importieren“ versucht sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some busy times were not imported; the list says why for each.</source>
        <translation>Einige belegte Zeiten wurden nicht importiert; die Liste sagt jeweils warum.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::CancelSlotDialog</name>
    <message>
        <source>Cancel lesson</source>
        <translation>Stunde absagen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>The student sees this reason.</source>
        <translation>Die oder der Lernende sieht diese Begründung.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Tell the student why the lesson is canceled.</source>
        <translation>Teilen Sie der oder dem Lernenden mit, warum die Stunde abgesagt wird.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::CoursePacksPage</name>
    <message>
        <source>Course packs</source>
        <translation>Kurspakete</translation>
    </message>
    <message>
        <source>Your course packs with their price and scheduling rules, and the materials enrolled students get.</source>
        <translation>Ihre Kurspakete mit Preis und Terminregeln sowie die Materialien, die eingeschriebene Lernende erhalten.</translation>
    </message>
    <message>
        <source>New pack…</source>
        <translation>Neues Paket …</translation>
    </message>
    <message>
        <source>New course pack</source>
        <translation>Neues Kurspaket</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit course pack</source>
        <translation>Kurspaket bearbeiten</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish or unpublish</source>
        <translation>Veröffentlichen oder zurückziehen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete course pack</source>
        <translation>Kurspaket löschen</translation>
    </message>
    <message>
        <source>You have no course packs yet. Create one with “New pack”.</source>
        <translation>Sie haben noch keine Kurspakete. Erstellen Sie eines mit „Neues Paket“.</translation>
    </message>
    <message>
        <source>Moderation status</source>
        <translation>Moderationsstatus</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialien</translation>
    </message>
    <message>
        <source>Add material…</source>
        <translation>Material hinzufügen …</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Material hinzufügen</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>Material bearbeiten</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move material up</source>
        <translation>Material nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move material down</source>
        <translation>Material nach unten verschieben</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Material löschen</translation>
    </message>
    <message>
        <source>This pack has no materials yet.</source>
        <translation>Dieses Paket hat noch keine Materialien.</translation>
    </message>
    <message>
        <source>Delete “%1”? Students will no longer see it and its free lessons are canceled.</source>
        <translation>„%1“ löschen? Lernende sehen es dann nicht mehr, und seine freien Stunden werden abgesagt.</translation>
    </message>
    <message>
        <source>Moderation: %1.</source>
        <translation>Moderation: %1.</translation>
    </message>
    <message>
        <source>Note from the moderators: %1</source>
        <translation>Notiz der Moderation: %1</translation>
    </message>
    <message>
        <source>Students can still see the pack; please address the note.</source>
        <translation>Lernende können das Paket weiterhin sehen; bitte gehen Sie auf die Notiz ein.</translation>
    </message>
    <message>
        <source>Materials of “%1”</source>
        <translation>Materialien von „%1“</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Zurückziehen</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::EarningsPage</name>
    <message>
        <source>Students &amp; earnings</source>
        <translation>Lernende &amp; Einnahmen</translation>
    </message>
    <message>
        <source>Who is enrolled in your course packs, and what you earn.</source>
        <translation>Wer in Ihren Kurspaketen eingeschrieben ist und was Sie verdienen.</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Earnings per month</source>
        <translation>Einnahmen pro Monat</translation>
    </message>
    <message>
        <source>Paid: payments received, in the month of enrollment. Refunded: in the month of the refund. Upcoming: each booked lesson still ahead, its share of the pack&apos;s price, in the lesson&apos;s month. Amounts in euros, months in %1.</source>
        <translation>Bezahlt: eingegangene Zahlungen, im Monat der Einschreibung. Erstattet: im Monat der Erstattung. Anstehend: jede gebuchte, noch bevorstehende Stunde mit ihrem Anteil am Paketpreis, im Monat der Stunde. Beträge in Euro, Monate in %1.</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Einschreibungen</translation>
    </message>
    <message>
        <source>Enrollments in your packs</source>
        <translation>Einschreibungen in Ihren Paketen</translation>
    </message>
    <message>
        <source>No student has enrolled in your packs yet.</source>
        <translation>In Ihren Paketen hat sich noch niemand eingeschrieben.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::GenerateSlotsDialog</name>
    <message>
        <source>Generate lessons</source>
        <translation>Stunden erzeugen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Session mode</source>
        <translation>Unterrichtsform</translation>
    </message>
    <message>
        <source>&amp;Course pack:</source>
        <translation>&amp;Kurspaket:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Unterrichtsform:</translation>
    </message>
    <message>
        <source>Lessons are opened in your availability windows, in your time zone (%1). Times that already hold a lesson are skipped.</source>
        <translation>Stunden werden in Ihren Verfügbarkeitsfenstern freigegeben, in Ihrer Zeitzone (%1). Zeiten, zu denen bereits eine Stunde stattfindet, werden übersprungen.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::LessonDialog</name>
    <message>
        <source>Course pack</source>
        <translation>Kurspaket</translation>
    </message>
    <message>
        <source>As the availability says</source>
        <translation>Wie in der Verfügbarkeit angegeben</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lesson length in minutes</source>
        <translation>Stundendauer in Minuten</translation>
    </message>
    <message>
        <source>Dialog message</source>
        <translation>Dialogmeldung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Your lessons and screening meetings, in your time zone.</source>
        <translation>Ihre Stunden und Kennenlerngespräche, in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <source>Lessons and screening</source>
        <translation>Stunden und Kennenlerngespräche</translation>
    </message>
    <message>
        <source>Generate lessons…</source>
        <translation>Stunden erzeugen …</translation>
    </message>
    <message>
        <source>Generate lessons from availability</source>
        <translation>Stunden aus der Verfügbarkeit erzeugen</translation>
    </message>
    <message>
        <source>Add lesson…</source>
        <translation>Stunde hinzufügen …</translation>
    </message>
    <message>
        <source>Add a single lesson</source>
        <translation>Einzelne Stunde hinzufügen</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Als abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Mark lesson completed</source>
        <translation>Stunde als abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Absagen …</translation>
    </message>
    <message>
        <source>Cancel lesson</source>
        <translation>Stunde absagen</translation>
    </message>
    <message>
        <source>Place / link…</source>
        <translation>Ort / Link …</translation>
    </message>
    <message>
        <source>Set place or meeting link</source>
        <translation>Ort oder Meeting-Link festlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete free lesson</source>
        <translation>Freie Stunde löschen</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Kalender exportieren …</translation>
    </message>
    <message>
        <source>Export lessons as iCalendar file</source>
        <translation>Stunden als iCalendar-Datei exportieren</translation>
    </message>
    <message>
        <source>Lessons week</source>
        <translation>Stundenwoche</translation>
    </message>
    <message>
        <source>No lessons this week. Generate them from your availability.</source>
        <translation>Keine Stunden in dieser Woche. Erzeugen Sie sie aus Ihrer Verfügbarkeit.</translation>
    </message>
    <message>
        <source>Lessons of the week</source>
        <translation>Stunden der Woche</translation>
    </message>
    <message>
        <source>No lessons this week.</source>
        <translation>Keine Stunden in dieser Woche.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Bestätigen …</translation>
    </message>
    <message>
        <source>Approve screening meeting</source>
        <translation>Kennenlerngespräch bestätigen</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <source>Reject screening request</source>
        <translation>Kennenlernanfrage ablehnen</translation>
    </message>
    <message>
        <source>Screening requests</source>
        <translation>Kennenlernanfragen</translation>
    </message>
    <message>
        <source>No screening requests. Packs that require screening get them here.</source>
        <translation>Keine Kennenlernanfragen. Anfragen für Pakete, die ein Kennenlerngespräch erfordern, erscheinen hier.</translation>
    </message>
    <message>
        <source>Export lessons</source>
        <translation>Stunden exportieren</translation>
    </message>
    <message>
        <source>tutorhub-lessons.ics</source>
        <translation>tutorhub-stunden.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>The lesson has not started yet.</source>
        <translation>Die Stunde hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Propose another time…</source>
        <translation>Anderen Termin vorschlagen…</translation>
    </message>
    <message>
        <source>Propose another screening time</source>
        <translation>Anderen Termin für das Vorgespräch vorschlagen</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::LocationDialog</name>
    <message>
        <source>Place and meeting link</source>
        <translation>Ort und Meeting-Link</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Address or details</source>
        <translation>Adresse oder Details</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Meeting-Link</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Meeting &amp;link:</source>
        <translation>Meeting-&amp;Link:</translation>
    </message>
    <message>
        <source>The meeting link must be a web address starting with https://.</source>
        <translation>Der Meeting-Link muss eine Webadresse sein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Enter the address or a description of the place.</source>
        <translation>Geben Sie die Adresse oder eine Beschreibung des Orts ein.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::MaterialDialog</name>
    <message>
        <source>Add material</source>
        <translation>Material hinzufügen</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>Material bearbeiten</translation>
    </message>
    <message>
        <source>Material message</source>
        <translation>Materialmeldung</translation>
    </message>
    <message>
        <source>Material title</source>
        <translation>Materialtitel</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>Art des Materials</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>Choose file to upload</source>
        <translation>Datei zum Hochladen wählen</translation>
    </message>
    <message>
        <source>Material description</source>
        <translation>Materialbeschreibung</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload-Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Address or file:</source>
        <translation>Adresse oder Datei:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Visible to you, to students whose enrollment in this pack is active or completed, and to administrators.</source>
        <translation>Sichtbar für Sie, für Lernende mit aktiver oder abgeschlossener Einschreibung in diesem Paket und für die Administration.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save material</source>
        <translation>Material speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Will upload “%1” (%2 KB).</source>
        <translation>„%1“ wird hochgeladen (%2 KB).</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This server does not accept file uploads: put the file online (a shared drive or your website) and paste its web address.</source>
        <translation>Dieser Server nimmt keine Datei-Uploads an: Stellen Sie die Datei online (ein freigegebenes Laufwerk oder Ihre Website) und fügen Sie ihre Webadresse ein.</translation>
    </message>
    <message>
        <source>Why there is no upload</source>
        <translation>Warum es keinen Upload gibt</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::PackEditorDialog</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>New course pack</source>
        <translation>Neues Kurspaket</translation>
    </message>
    <message>
        <source>Edit course pack</source>
        <translation>Kurspaket bearbeiten</translation>
    </message>
    <message>
        <source>Pack editor message</source>
        <translation>Meldung des Paket-Editors</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price per lesson in euros</source>
        <translation>Preis pro Stunde in Euro</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Terminplanung</translation>
    </message>
    <message>
        <source>Minimum lessons per week</source>
        <translation>Mindestzahl an Stunden pro Woche</translation>
    </message>
    <message>
        <source>Maximum lessons per day</source>
        <translation>Höchstzahl an Stunden pro Tag</translation>
    </message>
    <message>
        <source>Lessons in the pack</source>
        <translation>Stunden im Paket</translation>
    </message>
    <message>
        <source>Period length</source>
        <translation>Zeitraumlänge</translation>
    </message>
    <message>
        <source>Period unit</source>
        <translation>Zeitraumeinheit</translation>
    </message>
    <message>
        <source>Students need an approved screening meeting before enrolling</source>
        <translation>Lernende brauchen vor der Einschreibung ein bestätigtes Kennenlerngespräch</translation>
    </message>
    <message>
        <source>Screening required</source>
        <translation>Kennenlerngespräch erforderlich</translation>
    </message>
    <message>
        <source>Published (students can find and book it)</source>
        <translation>Veröffentlicht (Lernende können es finden und buchen)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Price per lesson:</source>
        <translation>&amp;Preis pro Stunde:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Euro (EUR)</source>
        <translation>Euro (EUR)</translation>
    </message>
    <message>
        <source>&amp;Scheduling:</source>
        <translation>Te&amp;rminplanung:</translation>
    </message>
    <message>
        <source>Lessons per &amp;week, at least:</source>
        <translation>Stunden pro &amp;Woche, mindestens:</translation>
    </message>
    <message>
        <source>Lessons per da&amp;y, at most:</source>
        <translation>Stunden pro T&amp;ag, höchstens:</translation>
    </message>
    <message>
        <source>&amp;Lessons in the pack:</source>
        <translation>&amp;Stunden im Paket:</translation>
    </message>
    <message>
        <source>Within a period of:</source>
        <translation>Innerhalb eines Zeitraums von:</translation>
    </message>
    <message>
        <source>Create pack</source>
        <translation>Paket erstellen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Moderation: %1. %2</source>
        <translation>Moderation: %1. %2</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Kategorie wählen …</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>This is what students see of you in the catalog.</source>
        <translation>So sehen Lernende Sie im Katalog.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Fächer</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Mathematics, Physics</source>
        <translation>Durch Kommas getrennt, z. B. Mathematik, Physik</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Photo link</source>
        <translation>Fotolink</translation>
    </message>
    <message>
        <source>Upload photo…</source>
        <translation>Foto hochladen …</translation>
    </message>
    <message>
        <source>Upload photo</source>
        <translation>Foto hochladen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Subjects:</source>
        <translation>&amp;Fächer:</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Zertifikate:</translation>
    </message>
    <message>
        <source>&amp;Experience:</source>
        <translation>&amp;Erfahrung:</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>&amp;Biografie:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen rückgängig machen</translation>
    </message>
    <message>
        <source>Preview as students see it</source>
        <translation>Vorschau aus Sicht der Lernenden</translation>
    </message>
    <message>
        <source>Preview — as students see you</source>
        <translation>Vorschau — so sehen Lernende Sie</translation>
    </message>
    <message>
        <source>Photo preview</source>
        <translation>Fotovorschau</translation>
    </message>
    <message>
        <source>Profile preview</source>
        <translation>Profilvorschau</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>Certifications:</source>
        <translation>Zertifikate:</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Erfahrung:</translation>
    </message>
    <message>
        <source>Teaches: %1</source>
        <translation>Unterrichtet: %1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Photo not found</source>
        <translation>Foto nicht gefunden</translation>
    </message>
    <message>
        <source>This server does not accept photo uploads: paste the web address of a photo that is already online.</source>
        <translation>Dieser Server nimmt keine Foto-Uploads an: Fügen Sie die Webadresse eines Fotos ein, das bereits online ist.</translation>
    </message>
    <message>
        <source>Why there is no photo upload</source>
        <translation>Warum es keinen Foto-Upload gibt</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::ScreeningDecisionDialog</name>
    <message>
        <source>Approve screening meeting</source>
        <translation>Kennenlerngespräch bestätigen</translation>
    </message>
    <message>
        <source>Reject screening request</source>
        <translation>Kennenlernanfrage ablehnen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>%1 asks to join “%2”.</source>
        <translation>%1 möchte an „%2“ teilnehmen.</translation>
    </message>
    <message>
        <source>A student</source>
        <translation>Eine Lernende oder ein Lernender</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Gesprächstermin</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Meeting-Link</translation>
    </message>
    <message>
        <source>&amp;When (%1):</source>
        <translation>&amp;Zeitpunkt (%1):</translation>
    </message>
    <message>
        <source>Meeting &amp;link:</source>
        <translation>Meeting-&amp;Link:</translation>
    </message>
    <message>
        <source>Comment for the student</source>
        <translation>Kommentar für die Lernende oder den Lernenden</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>The meeting must take place in the future.</source>
        <translation>Das Gespräch muss in der Zukunft stattfinden.</translation>
    </message>
    <message>
        <source>Enter the meeting link (https://…) so that the student can join.</source>
        <translation>Geben Sie den Meeting-Link ein (https://…), damit die oder der Lernende teilnehmen kann.</translation>
    </message>
    <message>
        <source>Tell the student briefly why the request is rejected.</source>
        <translation>Teilen Sie der oder dem Lernenden kurz mit, warum die Anfrage abgelehnt wird.</translation>
    </message>
    <message>
        <source>Propose another screening time</source>
        <translation>Anderen Termin für das Vorgespräch vorschlagen</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>The student&apos;s proposed times</source>
        <translation>Die vorgeschlagenen Termine</translation>
    </message>
    <message>
        <source>Another time</source>
        <translation>Ein anderer Termin</translation>
    </message>
    <message>
        <source>&amp;Proposed times:</source>
        <translation>&amp;Vorgeschlagene Termine:</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::SingleSlotDialog</name>
    <message>
        <source>Add a lesson</source>
        <translation>Eine Stunde hinzufügen</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>Stunde hinzufügen</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Session mode</source>
        <translation>Unterrichtsform</translation>
    </message>
    <message>
        <source>&amp;Course pack:</source>
        <translation>&amp;Kurspaket:</translation>
    </message>
    <message>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Beginn (%1):</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Unterrichtsform:</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::TutorPage</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation>Seitenmeldung</translation>
    </message>
</context>
</TS>
