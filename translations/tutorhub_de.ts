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
</TS>
