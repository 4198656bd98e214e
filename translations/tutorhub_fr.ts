<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>The chat is not available: sign in again to use it.</source>
        <translation>Le chat n&apos;est pas disponible&#xa0;: reconnectez-vous pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Chat unavailable</source>
        <translation>Chat indisponible</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat (%1 unread)</source>
        <translation>Chat (non lus&#xa0;: %1)</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Nouveau message de %1</translation>
    </message>
    <message>
        <source>Worked examples, chapter 3</source>
        <translation>Exercices corrigés, chapitre 3</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <source>Could we meet a little later?</source>
        <translation>Pourrions-nous nous voir un peu plus tard&#xa0;?</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::ApiError</name>
    <message>
        <source>The TutorHub server did not answer in time. Check your connection and try again.</source>
        <translation>Le serveur TutorHub n&apos;a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The TutorHub server at %1 did not answer in time. Check your connection and try again.</source>
        <translation>Le serveur TutorHub à l&apos;adresse %1 n&apos;a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server sent an answer TutorHub cannot read. Check that the selected environment is a TutorHub server, or try again later.</source>
        <translation>Le serveur a envoyé une réponse que TutorHub ne peut pas lire. Vérifiez que l&apos;environnement choisi est bien un serveur TutorHub, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer TutorHub cannot read. Check that the selected environment is a TutorHub server, or try again later.</source>
        <translation>Le serveur à l&apos;adresse %1 a envoyé une réponse que TutorHub ne peut pas lire. Vérifiez que l&apos;environnement choisi est bien un serveur TutorHub, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check your computer&apos;s date and time and your network, then try again.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1. Vérifiez la date et l&apos;heure de votre ordinateur ainsi que votre réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address of the environment and your internet connection.</source>
        <translation>Le serveur %1 est introuvable. Vérifiez l&apos;adresse de l&apos;environnement et votre connexion Internet.</translation>
    </message>
    <message>
        <source>Cannot reach the local TutorHub server at %1. Restart TutorHub; if this keeps happening, choose another environment.</source>
        <translation>Impossible de joindre le serveur TutorHub local à l&apos;adresse %1. Redémarrez TutorHub&#xa0;; si le problème persiste, choisissez un autre environnement.</translation>
    </message>
    <message>
        <source>Cannot reach the TutorHub server. Check your internet connection and try again.</source>
        <translation>Impossible de joindre le serveur TutorHub. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the TutorHub server at %1. Check your internet connection and try again.</source>
        <translation>Impossible de joindre le serveur TutorHub à l&apos;adresse %1. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>Vous n&apos;êtes pas connecté, ou votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your e-mail address is not verified yet. Verify it with the code we sent you, then sign in again.</source>
        <translation>Votre adresse e-mail n&apos;est pas encore vérifiée. Vérifiez-la avec le code que nous vous avons envoyé, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>This account is suspended. Contact %1 to find out why and how to restore it.</source>
        <translation>Ce compte est suspendu. Contactez %1 pour en connaître la raison et savoir comment le rétablir.</translation>
    </message>
    <message>
        <source>This account has been banned. Contact %1 if you think this is a mistake.</source>
        <translation>Ce compte a été banni. Contactez %1 si vous pensez qu&apos;il s&apos;agit d&apos;une erreur.</translation>
    </message>
    <message>
        <source>This account has been closed. Contact %1 if you want to reopen it.</source>
        <translation>Ce compte a été fermé. Contactez %1 si vous souhaitez le rouvrir.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask an administrator if you need access.</source>
        <translation>Vous n&apos;êtes pas autorisé à effectuer cette action. Demandez à un administrateur si vous avez besoin d&apos;un accès.</translation>
    </message>
    <message>
        <source>This user does not exist or has been removed.</source>
        <translation>Cet utilisateur n&apos;existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>The requested item could not be found. It may have been removed; reload and try again.</source>
        <translation>L&apos;élément demandé est introuvable. Il a peut-être été supprimé&#xa0;; actualisez et réessayez.</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Sign in instead, or reset the password if you forgot it.</source>
        <translation>Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt, ou réinitialisez le mot de passe si vous l&apos;avez oublié.</translation>
    </message>
    <message>
        <source>The server could not read the request. Try again; if this keeps happening, update TutorHub.</source>
        <translation>Le serveur n&apos;a pas pu lire la demande. Réessayez&#xa0;; si le problème persiste, mettez TutorHub à jour.</translation>
    </message>
    <message>
        <source>A required field is empty. Fill in all required fields and try again.</source>
        <translation>Un champ obligatoire est vide. Remplissez tous les champs obligatoires et réessayez.</translation>
    </message>
    <message>
        <source>One of the values entered is not valid. Check your input and try again.</source>
        <translation>L&apos;une des valeurs saisies n&apos;est pas valide. Vérifiez votre saisie et réessayez.</translation>
    </message>
    <message>
        <source>One of the texts entered is too long. Shorten it and try again.</source>
        <translation>L&apos;un des textes saisis est trop long. Raccourcissez-le et réessayez.</translation>
    </message>
    <message>
        <source>This is too large to send. Use a smaller file or a shorter text.</source>
        <translation>C&apos;est trop volumineux pour être envoyé. Utilisez un fichier plus petit ou un texte plus court.</translation>
    </message>
    <message>
        <source>Choose a password with 8 to 128 characters.</source>
        <translation>Choisissez un mot de passe de 8 à 128 caractères.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as name@example.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple name@example.com.</translation>
    </message>
    <message>
        <source>A code was sent less than a minute ago. Wait a minute before asking for a new one.</source>
        <translation>Un code a été envoyé il y a moins d&apos;une minute. Attendez une minute avant d&apos;en demander un nouveau.</translation>
    </message>
    <message>
        <source>The code is not correct. Check the code and try again.</source>
        <translation>Le code est incorrect. Vérifiez le code et réessayez.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation>Le code a expiré. Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>There is no code waiting for this e-mail address. Ask for a new code first.</source>
        <translation>Aucun code n&apos;est en attente pour cette adresse e-mail. Demandez d&apos;abord un nouveau code.</translation>
    </message>
    <message>
        <source>This e-mail address is already verified. You can sign in.</source>
        <translation>Cette adresse e-mail est déjà vérifiée. Vous pouvez vous connecter.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>Phone numbers are not supported. Use your e-mail address instead.</source>
        <translation>Les numéros de téléphone ne sont pas pris en charge. Utilisez plutôt votre adresse e-mail.</translation>
    </message>
    <message>
        <source>The server did not accept this request. Check your input and try again.</source>
        <translation>Le serveur n&apos;a pas accepté cette demande. Vérifiez votre saisie et réessayez.</translation>
    </message>
    <message>
        <source>This conflicts with a change made in the meantime. Reload and try again.</source>
        <translation>Cela entre en conflit avec une modification faite entre-temps. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>Too many requests in a short time. Wait a moment and try again.</source>
        <translation>Trop de demandes en peu de temps. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The TutorHub server has a problem (error %1). Try again in a few minutes.</source>
        <translation>Le serveur TutorHub rencontre un problème (erreur %1). Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (%1). Try again later.</source>
        <translation>Le serveur a répondu par une erreur inattendue (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered with enrollments that do not belong to the person or course you are acting on (it does not apply its &quot;%1&quot; filter), so TutorHub stopped before canceling or refunding anything. Nothing was changed by this step. Tell the operator of this server; try again once it is fixed.</source>
        <translation>Le serveur a renvoyé des inscriptions qui n’appartiennent pas à la personne ou au cours concerné (il n’applique pas son filtre « %1 ») ; TutorHub s’est donc arrêté avant d’annuler ou de rembourser quoi que ce soit. Cette étape n’a rien modifié. Prévenez l’exploitant de ce serveur et réessayez une fois le problème corrigé.</translation>
    </message>
    <message>
        <source>The server canceled enrollments that do not belong to the person or course you are acting on, so TutorHub stopped. Check the canceled enrollments in the enrollment list and tell the operator of this server.</source>
        <translation>Le serveur a annulé des inscriptions qui n’appartiennent pas à la personne ou au cours concerné ; TutorHub s’est donc arrêté. Vérifiez les inscriptions annulées dans la liste des inscriptions et prévenez l’exploitant de ce serveur.</translation>
    </message>
    <message>
        <source>The server sent the same rows again when TutorHub read the next page of a list, so TutorHub stopped before changing anything. Tell the operator of this server; try again once it is fixed.</source>
        <translation>Le serveur a renvoyé les mêmes lignes quand TutorHub a lu la page suivante d’une liste ; TutorHub s’est donc arrêté avant de modifier quoi que ce soit. Prévenez l’exploitant de ce serveur et réessayez une fois le problème corrigé.</translation>
    </message>
    <message>
        <source>A canceled enrollment is still marked as paid. Resume to check again; if it stays, refund it from the enrollment list.</source>
        <translation>Une inscription annulée est toujours marquée comme payée. Reprenez pour vérifier à nouveau ; si cela persiste, remboursez-la depuis la liste des inscriptions.</translation>
    </message>
    <message>
        <source>This enrollment is not paid or is already canceled, so there is nothing to refund.</source>
        <translation>Cette inscription n’est pas payée ou est déjà annulée : il n’y a rien à rembourser.</translation>
    </message>
    <message>
        <source>This refund request was already decided.</source>
        <translation>Cette demande de remboursement a déjà été traitée.</translation>
    </message>
    <message>
        <source>This sign-in is not finished yet. Enter the code we sent you, or sign in again.</source>
        <translation>Cette connexion n’est pas encore terminée. Saisissez le code que nous vous avons envoyé, ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are offline: booking needs the server. Try again when the connection is back.</source>
        <translation>Vous êtes hors ligne&#xa0;: la réservation nécessite le serveur. Réessayez lorsque la connexion sera rétablie.</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::Environment</name>
    <message>
        <source>Local (on this computer)</source>
        <translation>Local (sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Custom server (%1)</source>
        <extracomment>%1 is a server address such as https://tutorhub.example.org</extracomment>
        <translation>Serveur personnalisé (%1)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::RealtimeConnection</name>
    <message>
        <source>Chat offline</source>
        <translation>Chat hors ligne</translation>
    </message>
    <message>
        <source>Connecting to chat…</source>
        <translation>Connexion au chat…</translation>
    </message>
    <message>
        <source>Chat connected</source>
        <translation>Chat connecté</translation>
    </message>
    <message numerus="yes">
        <source>This server has no live chat: messages are refreshed every %n s and cannot be sent from the app</source>
        <translation>
            <numerusform>Ce serveur n&apos;a pas de chat en direct&#xa0;: les messages sont actualisés toutes les %n s et ne peuvent pas être envoyés depuis l&apos;application</numerusform>
            <numerusform>Ce serveur n&apos;a pas de chat en direct&#xa0;: les messages sont actualisés toutes les %n s et ne peuvent pas être envoyés depuis l&apos;application</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chat disconnected: reconnecting in %n s</source>
        <translation>
            <numerusform>Chat déconnecté&#xa0;: reconnexion dans %n s</numerusform>
            <numerusform>Chat déconnecté&#xa0;: reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat disconnected: reconnecting…</source>
        <translation>Chat déconnecté&#xa0;: reconnexion…</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::StripeClient</name>
    <message>
        <source>Card payments are not set up correctly for this environment: the payment service refused the app&apos;s key. Tell your TutorHub administrator; nothing was charged.</source>
        <translation>Les paiements par carte ne sont pas correctement configurés pour cet environnement : le service de paiement a refusé la clé de l’application. Prévenez votre administrateur TutorHub ; rien n’a été débité.</translation>
    </message>
    <message>
        <source>There were too many payment attempts. Wait a minute and try again; nothing was charged.</source>
        <translation>Il y a eu trop de tentatives de paiement. Patientez une minute et réessayez ; rien n’a été débité.</translation>
    </message>
    <message>
        <source>Your bank did not confirm the payment and nothing was charged. Pay again to retry, or use another card.</source>
        <translation>Votre banque n’a pas confirmé le paiement et rien n’a été débité. Payez à nouveau pour réessayer, ou utilisez une autre carte.</translation>
    </message>
    <message>
        <source>This is a test environment: real cards are not accepted here. Use one of the test cards shown below.</source>
        <translation>Ceci est un environnement de test : les vraies cartes n’y sont pas acceptées. Utilisez l’une des cartes de test indiquées ci-dessous.</translation>
    </message>
    <message>
        <source>The card was declined and nothing was charged. Try another card.</source>
        <translation>La carte a été refusée et rien n’a été débité. Essayez une autre carte.</translation>
    </message>
    <message>
        <source>The card has expired and nothing was charged. Use another card.</source>
        <translation>La carte a expiré et rien n’a été débité. Utilisez une autre carte.</translation>
    </message>
    <message>
        <source>The security code is not correct and nothing was charged. Check the digits on the back of the card.</source>
        <translation>Le code de sécurité est incorrect et rien n’a été débité. Vérifiez les chiffres au dos de la carte.</translation>
    </message>
    <message>
        <source>The card number is not correct. Check it and try again.</source>
        <translation>Le numéro de carte est incorrect. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The expiry date is not valid. Check the month and year printed on the card.</source>
        <translation>La date d’expiration n’est pas valide. Vérifiez le mois et l’année imprimés sur la carte.</translation>
    </message>
    <message>
        <source>The card could not be processed and nothing was charged. Try again in a moment.</source>
        <translation>La carte n’a pas pu être traitée et rien n’a été débité. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The card was not accepted and nothing was charged. Try another card.</source>
        <translation>La carte n’a pas été acceptée et rien n’a été débité. Essayez une autre carte.</translation>
    </message>
    <message>
        <source>The payment service has a problem right now and nothing was charged. Try again in a few minutes.</source>
        <translation>Le service de paiement rencontre un problème et rien n’a été débité. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The payment could not go ahead and nothing was charged. Close this window and pay again from My learning.</source>
        <translation>Le paiement n’a pas pu aboutir et rien n’a été débité. Fermez cette fenêtre et payez à nouveau depuis Mon apprentissage.</translation>
    </message>
    <message>
        <source>The payment service could not be reached and nothing was charged. Check your connection and try again.</source>
        <translation>Le service de paiement est injoignable et rien n’a été débité. Vérifiez votre connexion et réessayez.</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::StripeConfig</name>
    <message>
        <source>Card payments are not set up for %1: this app has no Stripe publishable key for it. Ask your TutorHub administrator for the key and add it to the settings as “%2”.</source>
        <translation>Les paiements par carte ne sont pas configurés pour %1 : cette application n’a pas de clé publique Stripe pour cet environnement. Demandez la clé à votre administrateur TutorHub et ajoutez-la aux paramètres sous « %2 ».</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::TokenStore</name>
    <message>
        <source>TutorHub could not use your keyring to remember your sign-in. You will need to sign in again next time.</source>
        <translation>TutorHub n&apos;a pas pu utiliser votre trousseau de clés pour mémoriser votre connexion. Vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Your system has no keyring service, so TutorHub cannot remember your sign-in. You will need to sign in again next time.</source>
        <translation>Votre système n&apos;a pas de service de trousseau de clés&#xa0;: TutorHub ne peut donc pas mémoriser votre connexion. Vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>TutorHub was not allowed to use your keyring, so it cannot remember your sign-in. You will need to sign in again next time.</source>
        <translation>TutorHub n&apos;a pas été autorisé à utiliser votre trousseau de clés&#xa0;: il ne peut donc pas mémoriser votre connexion. Vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>tutorhub::app::Application</name>
    <message>
        <source>You have signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Your saved sign-in is no longer valid. Sign in again to continue.</source>
        <translation>Votre connexion enregistrée n&apos;est plus valide. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Starting the local TutorHub server…</source>
        <translation>Démarrage du serveur TutorHub local…</translation>
    </message>
    <message>
        <source>Signing you in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>This account signs in with a code sent by e-mail. Sign in here to receive it.</source>
        <translation>Ce compte se connecte avec un code envoyé par e-mail. Connectez-vous ici pour le recevoir.</translation>
    </message>
    <message>
        <source>The server no longer accepts the sign-in this app remembered: the account was signed out elsewhere or its password was changed while you were offline. Sign in again to continue; messages you wrote offline are kept and sent after you sign in.</source>
        <translation>Le serveur n’accepte plus la connexion mémorisée par cette application&#xa0;: le compte a été déconnecté ailleurs ou son mot de passe a été modifié pendant que vous étiez hors ligne. Connectez-vous à nouveau pour continuer&#xa0;; les messages écrits hors ligne sont conservés et envoyés après votre connexion.</translation>
    </message>
</context>
<context>
    <name>tutorhub::app::CommandLine</name>
    <message>
        <source>Server to use: local, preview, staging, production or custom.</source>
        <translation>Serveur à utiliser&#xa0;: local, preview, staging, production ou custom.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Address of the server: the host of the custom environment, or an already running local server to use instead of starting one.</source>
        <translation>Adresse du serveur&#xa0;: l&apos;hôte de l&apos;environnement personnalisé, ou un serveur local déjà en marche à utiliser au lieu d&apos;en démarrer un.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Folder for the settings and the local server&apos;s data (default: the standard application data folder).</source>
        <translation>Dossier des paramètres et des données du serveur local (par défaut&#xa0;: le dossier standard des données d&apos;application).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Fill a new local server with demo accounts and courses.</source>
        <translation>Remplir un nouveau serveur local avec des comptes et des cours de démonstration.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>TutorHub Desktop: learn and teach with tutors.</source>
        <translation>TutorHub Desktop&#xa0;: apprendre et enseigner avec des tuteurs.</translation>
    </message>
    <message>
        <source>The command line is not valid: %1 Use --help to see the options.</source>
        <translation>La ligne de commande n&apos;est pas valide&#xa0;: %1 Utilisez --help pour voir les options.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Use --help to see the options.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Utilisez --help pour voir les options.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;. Choose local, preview, staging, production or custom.</source>
        <translation>Environnement inconnu «&#xa0;%1&#xa0;». Choisissez local, preview, staging, production ou custom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a form like https://tutorhub.example.org or http://127.0.0.1:8080.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Utilisez une forme comme https://tutorhub.example.org ou http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>The custom environment needs a server address: add --server-url.</source>
        <translation>L&apos;environnement personnalisé a besoin d&apos;une adresse de serveur&#xa0;: ajoutez --server-url.</translation>
    </message>
    <message>
        <source>--server-url can only be used with the local or the custom environment.</source>
        <translation>--server-url ne peut être utilisé qu&apos;avec l&apos;environnement local ou personnalisé.</translation>
    </message>
    <message>
        <source>%1 uses plain http, which would send your password unencrypted over the network. Use an https:// address; http is allowed only for a server on this computer.</source>
        <translation>%1 utilise le http simple, qui enverrait votre mot de passe en clair sur le réseau. Utilisez une adresse https://&#xa0;; le http n&apos;est autorisé que pour un serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>--demo applies to a local server that TutorHub starts itself; it cannot be combined with --server-url.</source>
        <translation>--demo s&apos;applique à un serveur local que TutorHub démarre lui-même&#xa0;; il ne peut pas être combiné avec --server-url.</translation>
    </message>
    <message>
        <source>TutorHub Desktop %1</source>
        <translation>TutorHub Desktop %1</translation>
    </message>
    <message>
        <source>Language of the windows: en, de, fr or es (default: the one chosen in the app, else the system language).</source>
        <translation>Langue des fenêtres&#xa0;: en, de, fr ou es (par défaut&#xa0;: celle choisie dans l&apos;application, sinon celle du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Choose en (English), de (Deutsch), fr (Français) or es (Español).</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;». Choisissez en (English), de (Deutsch), fr (Français) ou es (Español).</translation>
    </message>
    <message>
        <source>Appearance of the windows: system, light, dark or high-contrast (default: the one chosen in the app, else the system&apos;s).</source>
        <translation>Apparence des fenêtres&#xa0;: system, light, dark ou high-contrast (par défaut&#xa0;: celle choisie dans l&apos;application, sinon celle du système).</translation>
    </message>
    <message>
        <source>Unknown appearance &quot;%1&quot;. Choose system, light, dark or high-contrast.</source>
        <translation>Apparence «&#xa0;%1&#xa0;» inconnue. Choisissez system, light, dark ou high-contrast.</translation>
    </message>
</context>
<context>
    <name>tutorhub::app::LocalServer</name>
    <message numerus="yes">
        <source>The local server did not start within %n second(s). Try again, or choose another server.</source>
        <translation>
            <numerusform>Le serveur local n&apos;a pas démarré en %n seconde. Réessayez, ou choisissez un autre serveur.</numerusform>
            <numerusform>Le serveur local n&apos;a pas démarré en %n secondes. Réessayez, ou choisissez un autre serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>TutorHub could not find its local server program (tutorhub-server). Reinstall TutorHub, or choose another server.</source>
        <translation>TutorHub n&apos;a pas trouvé son programme de serveur local (tutorhub-server). Réinstallez TutorHub, ou choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>TutorHub could not create the folder for the local server&apos;s data (%1). Check that you may write there.</source>
        <translation>TutorHub n&apos;a pas pu créer le dossier des données du serveur local (%1). Vérifiez que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Another program answered in place of TutorHub&apos;s local server, so TutorHub did not connect to it. Try again, or choose another server.</source>
        <translation>Un autre programme a répondu à la place du serveur local de TutorHub&#xa0;: TutorHub ne s&apos;y est donc pas connecté. Réessayez, ou choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>The local server stopped while starting. Try again, or choose another server.</source>
        <translation>Le serveur local s&apos;est arrêté pendant son démarrage. Réessayez, ou choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>The local server stopped while starting (exit code %1). Another program may be using its data folder, or the folder may be damaged. Try again, or choose another server.</source>
        <translation>Le serveur local s&apos;est arrêté pendant son démarrage (code de sortie %1). Un autre programme utilise peut-être son dossier de données, ou le dossier est peut-être endommagé. Réessayez, ou choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly. Sign in again to restart it, or choose another server.</source>
        <translation>Le serveur local s&apos;est arrêté de façon inattendue. Reconnectez-vous pour le redémarrer, ou choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>The local server program could not be started. Check that TutorHub is installed completely, or choose another server.</source>
        <translation>Le programme du serveur local n&apos;a pas pu être démarré. Vérifiez que TutorHub est installé complètement, ou choisissez un autre serveur.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::BusyTimes</name>
    <message>
        <source>An event in the file (“%1”) has no start time, so the file cannot be read. Export it again from your calendar program.</source>
        <translation>Un événement du fichier («&#xa0;%1&#xa0;») n&apos;a pas d&apos;heure de début&#xa0;: le fichier est illisible. Exportez-le de nouveau depuis votre agenda.</translation>
    </message>
    <message>
        <source>The event “%1” uses a time zone the file does not describe (%2). Export the calendar again with its time zones included.</source>
        <translation>L&apos;événement «&#xa0;%1&#xa0;» utilise un fuseau horaire que le fichier ne décrit pas (%2). Exportez de nouveau l&apos;agenda avec ses fuseaux horaires.</translation>
    </message>
    <message>
        <source>The event “%1” has a start time that cannot be read. Export the calendar again from your calendar program.</source>
        <translation>L&apos;heure de début de l&apos;événement «&#xa0;%1&#xa0;» est illisible. Exportez de nouveau l&apos;agenda depuis votre logiciel d&apos;agenda.</translation>
    </message>
    <message>
        <source>The repeat rule of the event “%1” cannot be read. Export the calendar again from your calendar program.</source>
        <translation>La règle de répétition de l&apos;événement «&#xa0;%1&#xa0;» est illisible. Exportez de nouveau l&apos;agenda depuis votre logiciel d&apos;agenda.</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>This file is not an iCalendar (.ics) file. Choose a file exported from a calendar program.</source>
        <translation>Ce fichier n&apos;est pas un fichier iCalendar (.ics). Choisissez un fichier exporté depuis un agenda.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Export a shorter period from your calendar program and import that file.</source>
        <translation>Le fichier dépasse %1 Mo. Exportez une période plus courte depuis votre agenda et importez ce fichier.</translation>
    </message>
    <message>
        <source>Choose a range of dates that ends on or after its first day and spans at most %1 days.</source>
        <translation>Choisissez une période qui ne finit pas avant son premier jour et couvre au plus %1 jours.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read (%1). Export it again from your calendar program.</source>
        <translation>Le fichier est endommagé et illisible (%1). Exportez-le de nouveau depuis votre agenda.</translation>
    </message>
    <message>
        <source>The file has more than %1 busy times between these dates. Choose a shorter range of dates.</source>
        <translation>Le fichier contient plus de %1 indisponibilités entre ces dates. Choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>Busy times cannot be kept on this computer: the app has no data folder.</source>
        <translation>Les indisponibilités ne peuvent pas être gardées sur cet ordinateur&#xa0;: l&apos;application n&apos;a pas de dossier de données.</translation>
    </message>
    <message>
        <source>Your busy times could not be read from %1 (%2).</source>
        <translation>Vos indisponibilités n&apos;ont pas pu être lues depuis %1 (%2).</translation>
    </message>
    <message>
        <source>The file of your busy times, %1, is damaged. Move it away and import your calendar again.</source>
        <translation>Le fichier de vos indisponibilités, %1, est endommagé. Déplacez-le et importez de nouveau votre agenda.</translation>
    </message>
    <message>
        <source>Your busy times could not be saved in %1 (%2).</source>
        <translation>Vos indisponibilités n&apos;ont pas pu être enregistrées dans %1 (%2).</translation>
    </message>
    <message>
        <source>This busy time ends before it starts.</source>
        <translation>Cette indisponibilité finit avant de commencer.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::Chat</name>
    <message>
        <source>You are not part of this conversation.</source>
        <translation>Vous ne participez pas à cette conversation.</translation>
    </message>
    <message>
        <source>Notices from the TutorHub team cannot be answered here. Use Help to contact the team.</source>
        <translation>Il n&apos;est pas possible de répondre ici aux avis de l&apos;équipe TutorHub. Utilisez l&apos;Aide pour contacter l&apos;équipe.</translation>
    </message>
    <message>
        <source>This conversation is closed. You can read it but not send new messages.</source>
        <translation>Cette conversation est fermée. Vous pouvez la lire mais pas envoyer de nouveaux messages.</translation>
    </message>
    <message>
        <source>You cannot send messages in this conversation at the moment.</source>
        <translation>Vous ne pouvez pas envoyer de messages dans cette conversation pour le moment.</translation>
    </message>
    <message>
        <source>This server has no live chat service, so messages cannot be sent from the app. The message is kept: use Retry once the service is available.</source>
        <translation>Ce serveur n&apos;a pas de service de chat en direct&#xa0;: les messages ne peuvent donc pas être envoyés depuis l&apos;application. Le message est conservé&#xa0;: utilisez Réessayer dès que le service est disponible.</translation>
    </message>
    <message>
        <source>You have been blocked in this conversation.</source>
        <translation>Vous avez été bloqué dans cette conversation.</translation>
    </message>
    <message>
        <source>This message is too long. Shorten it and send it again.</source>
        <translation>Ce message est trop long. Raccourcissez-le et renvoyez-le.</translation>
    </message>
    <message>
        <source>Too many messages in a short time. Wait a moment; they are sent automatically.</source>
        <translation>Trop de messages en peu de temps. Patientez un instant&#xa0;; ils seront envoyés automatiquement.</translation>
    </message>
    <message>
        <source>This message is too long (at most 4,000 characters).</source>
        <translation>Ce message est trop long (4 000 caractères au maximum).</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ChatDownloader</name>
    <message>
        <source>“%1” could not be saved there: %2. Choose another folder.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré ici&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ChatUploader</name>
    <message>
        <source>“%1” is not there any more. Choose the file again.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe plus. Choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check that you may open it, then try again.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu. Vérifiez que vous pouvez l’ouvrir, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is empty. Choose a file with content.</source>
        <translation>«&#xa0;%1&#xa0;» est vide. Choisissez un fichier qui a un contenu.</translation>
    </message>
    <message>
        <source>“%1” is %2; chat files may be up to %3. Send a smaller file or share a link to it.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;; les fichiers du chat peuvent faire jusqu’à %3. Envoyez un fichier plus petit ou partagez un lien vers celui-ci.</translation>
    </message>
    <message>
        <source>This server does not take files in the chat. Share a link to the file instead.</source>
        <translation>Ce serveur n’accepte pas de fichiers dans le chat. Partagez plutôt un lien vers le fichier.</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Ouvrez d’abord une conversation.</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>L’image collée n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The pasted image could not be saved for sending: %1</source>
        <translation>L’image collée n’a pas pu être enregistrée pour l’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most a chat file may have. Send a smaller file or share a link to it.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2, la taille maximale d’un fichier du chat. Envoyez un fichier plus petit ou partagez un lien vers celui-ci.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ChatViewModel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>The chat is offline: the change was not saved. Try again when it is connected.</source>
        <translation>Le chat est hors ligne&#xa0;: la modification n&apos;a pas été enregistrée. Réessayez quand il sera connecté.</translation>
    </message>
    <message>
        <source>The chat is offline: the message was not deleted. Try again when it is connected.</source>
        <translation>Le chat est hors ligne&#xa0;: le message n&apos;a pas été supprimé. Réessayez quand il sera connecté.</translation>
    </message>
    <message>
        <source>Enter a valid link and, for a document, a file name.</source>
        <translation>Saisissez un lien valide et, pour un document, un nom de fichier.</translation>
    </message>
    <message>
        <source>A warning can be at most %1 characters long (this one has %2). Please shorten it and send it again.</source>
        <translation>Un avertissement peut compter au plus %1 caractères (celui-ci en a %2). Raccourcissez-le et envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>The warning was sent.</source>
        <translation>L&apos;avertissement a été envoyé.</translation>
    </message>
    <message>
        <source>The chat is offline. Try again when it is connected.</source>
        <translation>Le chat est hors ligne. Réessayez quand il sera connecté.</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>The restriction was lifted.</source>
        <translation>La restriction a été levée.</translation>
    </message>
    <message>
        <source>%1 is blocked in this conversation%2.</source>
        <translation>%1 est bloqué dans cette conversation%2.</translation>
    </message>
    <message>
        <source>%1 is silenced in this conversation%2.</source>
        <translation>%1 est réduit au silence dans cette conversation%2.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ConversationListModel</name>
    <message>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>[Image] %1</source>
        <translation>[Image] %1</translation>
    </message>
    <message>
        <source>[Document] %1</source>
        <translation>[Document] %1</translation>
    </message>
    <message>
        <source>TutorHub team (notices)</source>
        <translation>Équipe TutorHub (avis)</translation>
    </message>
    <message>
        <source>TutorHub team</source>
        <translation>Équipe TutorHub</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n message non lu</numerusform>
            <numerusform>%1, %n messages non lus</numerusform>
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
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing what was known at %1 (%2)</source>
        <extracomment>%1 the time (today) or date and time the rows were received, %2 how long ago (&quot;2 hours ago&quot;)</extracomment>
        <translation>Hors ligne — affichage des données connues à %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ICalendar</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::Labels</name>
    <message>
        <source>Super administrator</source>
        <translation>Super-administrateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Banni</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Pas de candidature</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>En attente d&apos;examen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexible</translation>
    </message>
    <message>
        <source>Fixed schedule</source>
        <translation>Horaire fixe</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Online or in person</source>
        <translation>En ligne ou en présentiel</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>At the student&apos;s home</source>
        <translation>Au domicile de l&apos;élève</translation>
    </message>
    <message>
        <source>At the tutor&apos;s home</source>
        <translation>Au domicile du tuteur</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Autre lieu</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Non payé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>No refund requested</source>
        <translation>Aucun remboursement demandé</translation>
    </message>
    <message>
        <source>Refund possible</source>
        <translation>Remboursement possible</translation>
    </message>
    <message>
        <source>No longer refundable</source>
        <translation>Plus remboursable</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation>Approuvé automatiquement</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Confirmation needed</source>
        <translation>Confirmation requise</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>Un cours</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Being investigated</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>User warned</source>
        <translation>Utilisateur averti</translation>
    </message>
    <message>
        <source>Course edit required</source>
        <translation>Modification du cours requise</translation>
    </message>
    <message>
        <source>Course removed</source>
        <translation>Cours supprimé</translation>
    </message>
    <message>
        <source>User suspended</source>
        <translation>Utilisateur suspendu</translation>
    </message>
    <message>
        <source>User banned</source>
        <translation>Utilisateur banni</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Course pack</source>
        <translation>Pack de cours</translation>
    </message>
    <message>
        <source>Tutor profile</source>
        <translation>Profil de tuteur</translation>
    </message>
    <message>
        <source>Course material</source>
        <translation>Support de cours</translation>
    </message>
    <message>
        <source>Edit required</source>
        <translation>Modification requise</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Averti</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Message système</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Hidden by a moderator</source>
        <translation>Masqué par un modérateur</translation>
    </message>
    <message>
        <source>Student and tutor</source>
        <translation>Élève et tuteur</translation>
    </message>
    <message>
        <source>Administration to student</source>
        <translation>Administration vers élève</translation>
    </message>
    <message>
        <source>Administration and tutor</source>
        <translation>Administration et tuteur</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Réduit au silence</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamique</translation>
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
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::LessonReminders</name>
    <message>
        <source>Your lesson</source>
        <translation>Votre leçon</translation>
    </message>
    <message>
        <source>Lesson at %1</source>
        <extracomment>A reminder&apos;s title: %1 the lesson&apos;s start time in the user&apos;s time zone (&quot;14:00&quot;)</extracomment>
        <translation>Leçon à %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n minute(s) (%2).</source>
        <extracomment>A lesson reminder: %1 the course pack, %2 its date, time and time zone</extracomment>
        <translation>
            <numerusform>%1 commence dans %n minute (%2).</numerusform>
            <numerusform>%1 commence dans %n minutes (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %2 starts in %n minute(s) (%3).</source>
        <extracomment>A lesson reminder: %1 the course pack, %2 the other person, %3 its date, time and time zone</extracomment>
        <translation>
            <numerusform>%1 avec %2 commence dans %n minute (%3).</numerusform>
            <numerusform>%1 avec %2 commence dans %n minutes (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>TutorHub could not save which lesson reminders it has shown in %1 (%2); check that the folder is writable, or reminders may be shown again after a restart.</source>
        <translation>TutorHub n&apos;a pas pu enregistrer dans %1 les rappels de leçon déjà affichés (%2)&#xa0;; vérifiez que le dossier est accessible en écriture, sinon des rappels pourraient réapparaître après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::MessageListModel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 est en train d&apos;écrire…</translation>
    </message>
    <message>
        <source>Uploading, %1 %: %2</source>
        <translation>Envoi en cours, %1&#xa0;%&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::WorkspaceNavigationModel</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Chat in real time with the people you learn or teach with; unsent messages are kept until they are delivered.</source>
        <translation>Discutez en temps réel avec les personnes avec qui vous apprenez ou enseignez&#xa0;; les messages non envoyés sont conservés jusqu&apos;à leur remise.</translation>
    </message>
    <message>
        <source>Find a tutor</source>
        <translation>Trouver un tuteur</translation>
    </message>
    <message>
        <source>Browse tutors and their course packs by subject, language and price, and book lesson slots that suit you.</source>
        <translation>Parcourez les tuteurs et leurs packs de cours par matière, langue et prix, et réservez les créneaux de leçon qui vous conviennent.</translation>
    </message>
    <message>
        <source>My learning</source>
        <translation>Mon apprentissage</translation>
    </message>
    <message>
        <source>Follow your enrollments and upcoming lessons, pay for course packs and ask for a refund after the first lesson.</source>
        <translation>Suivez vos inscriptions et vos prochaines leçons, payez vos packs de cours et demandez un remboursement après la première leçon.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Report a problem with a lesson, a payment or a tutor, and follow how it is handled.</source>
        <translation>Signalez un problème concernant une leçon, un paiement ou un tuteur, et suivez son traitement.</translation>
    </message>
    <message>
        <source>Become a tutor</source>
        <translation>Devenir tuteur</translation>
    </message>
    <message>
        <source>Apply to teach on TutorHub and follow the review of your application.</source>
        <translation>Postulez pour enseigner sur TutorHub et suivez l&apos;examen de votre candidature.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Keep your public tutor profile up to date: photo, biography, subjects and certifications.</source>
        <translation>Tenez à jour votre profil public de tuteur&#xa0;: photo, biographie, matières et certifications.</translation>
    </message>
    <message>
        <source>Course packs</source>
        <translation>Packs de cours</translation>
    </message>
    <message>
        <source>Publish course packs with their price, lesson count and materials.</source>
        <translation>Publiez des packs de cours avec leur prix, leur nombre de leçons et leurs supports.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Set your weekly availability in your own time zone; students book the slots you open.</source>
        <translation>Définissez vos disponibilités hebdomadaires dans votre propre fuseau horaire&#xa0;; les élèves réservent les créneaux que vous ouvrez.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Run your booked lessons and screening meetings and mark them as completed.</source>
        <translation>Animez vos leçons réservées et vos entretiens préalables, et marquez-les comme terminés.</translation>
    </message>
    <message>
        <source>Students &amp; earnings</source>
        <translation>Élèves et revenus</translation>
    </message>
    <message>
        <source>See who is enrolled in your course packs and what you have earned.</source>
        <translation>Voyez qui est inscrit à vos packs de cours et ce que vous avez gagné.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>An overview of what needs attention on the platform today.</source>
        <translation>Un aperçu de ce qui demande de l&apos;attention sur la plateforme aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Triage problems reported by students and tutors, reply and resolve them.</source>
        <translation>Triez les problèmes signalés par les élèves et les tuteurs, répondez-y et résolvez-les.</translation>
    </message>
    <message>
        <source>Tutor applications</source>
        <translation>Candidatures de tuteurs</translation>
    </message>
    <message>
        <source>Review tutor applications and approve or reject them with a note.</source>
        <translation>Examinez les candidatures de tuteurs et approuvez-les ou refusez-les avec une note.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Find users, change roles, warn, suspend or reactivate accounts.</source>
        <translation>Trouvez des utilisateurs, changez leurs rôles, avertissez, suspendez ou réactivez des comptes.</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Moderate course packs; unpublishing one cancels its lessons and refunds its students.</source>
        <translation>Modérez les packs de cours&#xa0;; dépublier un pack annule ses leçons et rembourse ses élèves.</translation>
    </message>
    <message>
        <source>Enrollments &amp; refunds</source>
        <translation>Inscriptions et remb.</translation>
    </message>
    <message>
        <source>Oversee enrollments and payments, and refund or cancel them.</source>
        <translation>Supervisez les inscriptions et les paiements, et remboursez-les ou annulez-les.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Charts of sign-ups, enrollments, revenue and refunds over time.</source>
        <translation>Graphiques des nouveaux comptes, des inscriptions, du chiffre d&apos;affaires et des remboursements dans le temps.</translation>
    </message>
    <message>
        <source>AgentHub</source>
        <translation>AgentHub</translation>
    </message>
    <message>
        <source>Configure the platform&apos;s assistant agents and review what they did.</source>
        <translation>Configurez les agents assistants de la plateforme et examinez ce qu&apos;ils ont fait.</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Journal de modération</translation>
    </message>
    <message>
        <source>Every warning, suspension, ban, removal and approval, with who did it and why.</source>
        <translation>Chaque avertissement, suspension, bannissement, suppression et approbation, avec son auteur et sa raison.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Super administrator</source>
        <translation>Super-administrateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>See your lessons and screening meetings by day, week or month in your time zone.</source>
        <translation>Voyez vos leçons et entretiens préalables par jour, semaine ou mois dans votre fuseau horaire.</translation>
    </message>
    <message>
        <source>See your lessons, screening meetings, busy times and availability by day, week or month.</source>
        <translation>Voyez vos leçons, entretiens préalables, indisponibilités et disponibilités par jour, semaine ou mois.</translation>
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
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Tutor application</source>
        <translation>Candidature de tuteur</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price per lesson</source>
        <translation>Prix par leçon</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Affected user</source>
        <translation>Utilisateur concerné</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
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
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Max. tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualisé le</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AdminWorkspace</name>
    <message>
        <source>Ban user</source>
        <translation>Bannir l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Suspend user</source>
        <translation>Suspendre l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Réactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Supprimer le cours</translation>
    </message>
    <message numerus="yes">
        <source>%n moderation sequence(s) did not finish; the first: %1 — %2 (started %3).</source>
        <translation>
            <numerusform>%n séquence de modération ne s&apos;est pas terminée&#xa0;; la première&#xa0;: %1 — %2 (commencée le %3).</numerusform>
            <numerusform>%n séquences de modération ne se sont pas terminées&#xa0;; la première&#xa0;: %1 — %2 (commencée le %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (perhaps by another administrator), so your action was not applied: %2 The row now shows its current state.</source>
        <translation>%1 a été modifié entre-temps (peut-être par un autre administrateur)&#xa0;: votre action n&apos;a donc pas été appliquée&#xa0;: %2 La ligne affiche maintenant son état actuel.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AgentHubDesk</name>
    <message>
        <source>The override is on.</source>
        <translation>La surcharge est activée.</translation>
    </message>
    <message>
        <source>The override is off.</source>
        <translation>La surcharge est désactivée.</translation>
    </message>
    <message>
        <source>The override of %1 is saved.</source>
        <translation>La surcharge de %1 est enregistrée.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AgentOverrideForm</name>
    <message>
        <source>The provider name is too long: use at most 64 characters.</source>
        <translation>Le nom du fournisseur est trop long&#xa0;: 64 caractères au plus.</translation>
    </message>
    <message>
        <source>The model name is too long: use at most 128 characters.</source>
        <translation>Le nom du modèle est trop long&#xa0;: 128 caractères au plus.</translation>
    </message>
    <message>
        <source>The system prompt is too long: use at most 10,000 characters.</source>
        <translation>Le prompt système est trop long&#xa0;: 10 000 caractères au plus.</translation>
    </message>
    <message>
        <source>Enter a temperature between 0 and 2 (for example 0.7), or leave it empty for the default.</source>
        <translation>Saisissez une température entre 0 et 2 (par exemple 0,7), ou laissez le champ vide pour la valeur par défaut.</translation>
    </message>
    <message>
        <source>Enter the maximum number of tokens as a whole number above 0, or leave it empty for the default.</source>
        <translation>Saisissez le nombre maximal de jetons comme nombre entier supérieur à 0, ou laissez le champ vide pour la valeur par défaut.</translation>
    </message>
    <message>
        <source>Choose text or JSON as the response format, or the default.</source>
        <translation>Choisissez texte ou JSON comme format de réponse, ou la valeur par défaut.</translation>
    </message>
    <message>
        <source>The tool “%1” is not in the tool catalog any more: clear it before saving.</source>
        <translation>L’outil «&#xa0;%1&#xa0;» n’est plus dans le catalogue d’outils&#xa0;: décochez-le avant d’enregistrer.</translation>
    </message>
    <message>
        <source>Enter the maximum number of tool calls as a whole number of 0 or more, or leave it empty for the default.</source>
        <translation>Saisissez le nombre maximal d’appels d’outils comme nombre entier de 0 ou plus, ou laissez le champ vide pour la valeur par défaut.</translation>
    </message>
    <message>
        <source>Enter the timeout in whole seconds (0 or more), or leave it empty for the default.</source>
        <translation>Saisissez le délai en secondes entières (0 ou plus), ou laissez le champ vide pour la valeur par défaut.</translation>
    </message>
    <message>
        <source>Enter the token budget as a whole number of 0 or more, or leave it empty for the default.</source>
        <translation>Saisissez le budget de jetons comme nombre entier de 0 ou plus, ou laissez le champ vide pour la valeur par défaut.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AnalyticsData</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Demandes de remb.</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The CSV was saved, but the report could not be recorded: %1</source>
        <translation>Le CSV a été enregistré, mais le rapport n&apos;a pas pu être consigné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1 and recorded the report.</source>
        <translation>%1 enregistré et rapport consigné.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::ApplicationDesk</name>
    <message>
        <source>This application</source>
        <translation>Cette candidature</translation>
    </message>
    <message>
        <source>%1 is now a tutor; their tutor profile was created.</source>
        <translation>%1 est maintenant tuteur&#xa0;; son profil de tuteur a été créé.</translation>
    </message>
    <message>
        <source>The application of %1 was rejected.</source>
        <translation>La candidature de %1 a été refusée.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::CourseDesk</name>
    <message>
        <source>Please say why the course is flagged: the tutor reads it.</source>
        <translation>Veuillez indiquer pourquoi le cours est signalé&#xa0;: le tuteur le lira.</translation>
    </message>
    <message>
        <source>The course is flagged.</source>
        <translation>Le cours est signalé.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::DashboardModel</name>
    <message>
        <source>Open issues</source>
        <translation>Signalements ouverts</translation>
    </message>
    <message>
        <source>Being investigated</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Open issues about people</source>
        <translation>Signalements ouverts sur des personnes</translation>
    </message>
    <message>
        <source>Open issues about courses</source>
        <translation>Signalements ouverts sur des cours</translation>
    </message>
    <message>
        <source>Tutor applications to review</source>
        <translation>Candidatures de tuteurs à examiner</translation>
    </message>
    <message>
        <source>Unpaid past the cleanup age</source>
        <translation>Impayées au-delà du délai de nettoyage</translation>
    </message>
    <message>
        <source>Refunds today</source>
        <translation>Remboursements aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Refund requests pending</source>
        <translation>Demandes de remboursement en attente</translation>
    </message>
    <message>
        <source>Flagged courses</source>
        <translation>Cours signalés</translation>
    </message>
    <message>
        <source>Suspended or banned users</source>
        <translation>Utilisateurs suspendus ou bannis</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>Impossible de charger les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::EnrollmentDesk</name>
    <message>
        <source>Refund %1 to %2 for &quot;%3&quot; in full, without the eligibility checks, and cancel the enrollment.</source>
        <translation>Rembourser intégralement %1 à %2 pour «&#xa0;%3&#xa0;», sans les contrôles d&apos;éligibilité, et annuler l&apos;inscription.</translation>
    </message>
    <message>
        <source>Cancel the enrollment of %1 in &quot;%2&quot; and refund the %3 paid in full; its untaught lessons are freed.</source>
        <translation>Annuler l&apos;inscription de %1 à «&#xa0;%2&#xa0;» et rembourser intégralement les %3 payés&#xa0;; ses leçons non données sont libérées.</translation>
    </message>
    <message>
        <source>Cancel the unpaid enrollment of %1 in &quot;%2&quot;; its lessons are freed.</source>
        <translation>Annuler l&apos;inscription impayée de %1 à «&#xa0;%2&#xa0;»&#xa0;; ses leçons sont libérées.</translation>
    </message>
    <message>
        <source>Please give a reason: the student and the tutor are told.</source>
        <translation>Veuillez indiquer un motif&#xa0;: l&apos;élève et le tuteur en sont informés.</translation>
    </message>
    <message>
        <source>This enrollment</source>
        <translation>Cette inscription</translation>
    </message>
    <message>
        <source>The enrollment was refunded and canceled.</source>
        <translation>L&apos;inscription a été remboursée et annulée.</translation>
    </message>
    <message>
        <source>The enrollment was canceled.</source>
        <translation>L&apos;inscription a été annulée.</translation>
    </message>
    <message>
        <source>Select a pending refund request.</source>
        <translation>Sélectionnez une demande de remboursement en attente.</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>Cette demande a déjà été traitée.</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>le montant payé</translation>
    </message>
    <message>
        <source>Approve the refund %1 asked for in &quot;%2&quot;: the enrollment is canceled, %3 is refunded in full and the lessons not yet taught are freed. The student, the tutor and the administrators are notified.</source>
        <translation>Approuver le remboursement demandé par %1 pour « %2 » : l’inscription est annulée, %3 est remboursé intégralement et les leçons pas encore données sont libérées. L’élève, le tuteur et les administrateurs sont prévenus.</translation>
    </message>
    <message>
        <source>Reject the refund %1 asked for in &quot;%2&quot;: the enrollment stays as it is and nothing is refunded. The student is notified with your note.</source>
        <translation>Rejeter le remboursement demandé par %1 pour « %2 » : l’inscription reste telle quelle et rien n’est remboursé. L’élève est prévenu avec votre note.</translation>
    </message>
    <message>
        <source>Please write a note: the student is told why the refund is rejected.</source>
        <translation>Veuillez écrire une note : l’élève apprend pourquoi le remboursement est rejeté.</translation>
    </message>
    <message>
        <source>This refund request</source>
        <translation>Cette demande de remboursement</translation>
    </message>
    <message>
        <source>The refund was approved: the enrollment is canceled and refunded.</source>
        <translation>Le remboursement a été approuvé : l’inscription est annulée et remboursée.</translation>
    </message>
    <message>
        <source>The refund request was rejected; the student was told why.</source>
        <translation>La demande de remboursement a été rejetée ; l’élève a été informé du motif.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s cleanup canceled %n enrollment(s) that were paid, which it must never do. Check them in the enrollment list and tell the operator of this server.</source>
        <translation>
            <numerusform>Le nettoyage du serveur a annulé %n inscription payée, ce qu’il ne doit jamais faire. Vérifiez-la dans la liste des inscriptions et prévenez l’exploitant de ce serveur.</numerusform>
            <numerusform>Le nettoyage du serveur a annulé %n inscriptions payées, ce qu’il ne doit jamais faire. Vérifiez-les dans la liste des inscriptions et prévenez l’exploitant de ce serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid enrollment(s) canceled.</source>
        <translation>
            <numerusform>%n inscription impayée annulée.</numerusform>
            <numerusform>%n inscriptions impayées annulées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::ImpactPreview</name>
    <message>
        <source>No enrollment is affected: nothing will be canceled or refunded.</source>
        <translation>Aucune inscription n&apos;est concernée&#xa0;: rien ne sera annulé ni remboursé.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) will be canceled (%1 paid); %2 will be refunded; %3 booked lesson(s) will be freed.</source>
        <translation>
            <numerusform>%n inscription sera annulée (payées&#xa0;: %1)&#xa0;; %2 sera remboursé&#xa0;; %3 leçon(s) réservée(s) seront libérées.</numerusform>
            <numerusform>%n inscriptions seront annulées (payées&#xa0;: %1)&#xa0;; %2 sera remboursé&#xa0;; %3 leçon(s) réservée(s) seront libérées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Non payé</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lessons left</source>
        <translation>Leçons restantes</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::IssueDesk</name>
    <message>
        <source>Warn the user</source>
        <translation>Avertir l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Require a course edit</source>
        <translation>Exiger une modification du cours</translation>
    </message>
    <message>
        <source>Remove the course…</source>
        <translation>Supprimer le cours…</translation>
    </message>
    <message>
        <source>Suspend the user…</source>
        <translation>Suspendre l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Ban the user…</source>
        <translation>Bannir l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>This issue</source>
        <translation>Ce signalement</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Issue is now: %1.</source>
        <translation>Le signalement est maintenant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not load the administrators to assign issues to: %1</source>
        <translation>Impossible de charger les administrateurs auxquels attribuer les signalements&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (moi)</translation>
    </message>
    <message>
        <source>Only an active administrator can be assigned to an issue: choose another administrator or Nobody.</source>
        <translation>Seul un administrateur actif peut être responsable d’un signalement&#xa0;: choisissez un autre administrateur ou «&#xa0;Personne&#xa0;».</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Priority %1, assigned to %2.</source>
        <translation>Priorité %1, attribué à %2.</translation>
    </message>
    <message>
        <source>Following issue %1</source>
        <translation>Suite du signalement %1</translation>
    </message>
    <message>
        <source>This issue names no person, so there is nobody to %1.</source>
        <translation>Ce signalement ne nomme aucune personne&#xa0;: il n&apos;y a donc personne à qui %1.</translation>
    </message>
    <message>
        <source>This issue names no course.</source>
        <translation>Ce signalement ne nomme aucun cours.</translation>
    </message>
    <message>
        <source>The user was warned; the warning is in their messages.</source>
        <translation>L&apos;utilisateur a été averti&#xa0;; l&apos;avertissement figure dans ses messages.</translation>
    </message>
    <message>
        <source>The course is flagged for an edit.</source>
        <translation>Le cours est signalé pour modification.</translation>
    </message>
    <message>
        <source>Please edit your course: it was reported and needs changes (%1).</source>
        <translation>Veuillez modifier votre cours&#xa0;: il a été signalé et nécessite des changements (%1).</translation>
    </message>
    <message>
        <source>The course is flagged and the tutor was asked to edit it.</source>
        <translation>Le cours est signalé et le tuteur a été invité à le modifier.</translation>
    </message>
    <message>
        <source>Administrators are not moderated from an issue.</source>
        <translation>Les administrateurs ne sont pas modérés depuis un signalement.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::ModerationCascade</name>
    <message>
        <source>Your course &quot;%1&quot; was removed from TutorHub. Reason: %2. Enrolled students were refunded for the lessons not yet taught.</source>
        <translation>Votre cours «&#xa0;%1&#xa0;» a été retiré de TutorHub. Motif&#xa0;: %2. Les élèves inscrits ont été remboursés des leçons pas encore données.</translation>
    </message>
    <message>
        <source>Your TutorHub account was banned. Reason: %1.</source>
        <translation>Votre compte TutorHub a été banni. Motif&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your TutorHub account was suspended. Reason: %1.</source>
        <translation>Votre compte TutorHub a été suspendu. Motif&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change the account status</source>
        <translation>Modifier le statut du compte</translation>
    </message>
    <message>
        <source>Mark the course as removed</source>
        <translation>Marquer le cours comme supprimé</translation>
    </message>
    <message>
        <source>Record the moderation action</source>
        <translation>Enregistrer l&apos;action de modération</translation>
    </message>
    <message>
        <source>Cancel and refund the affected enrollments</source>
        <translation>Annuler et rembourser les inscriptions concernées</translation>
    </message>
    <message>
        <source>Check that every paid enrollment was refunded</source>
        <translation>Vérifier que chaque inscription payée a été remboursée</translation>
    </message>
    <message>
        <source>Send the warning message</source>
        <translation>Envoyer le message d&apos;avertissement</translation>
    </message>
    <message>
        <source>Check which enrollments are affected</source>
        <translation>Vérifier les inscriptions concernées</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::UserDesk</name>
    <message>
        <source>This is your own account: its role and status are changed by another administrator.</source>
        <translation>C&apos;est votre propre compte&#xa0;: son rôle et son statut sont modifiés par un autre administrateur.</translation>
    </message>
    <message>
        <source>A super administrator cannot be demoted, suspended or banned.</source>
        <translation>Un super-administrateur ne peut pas être rétrogradé, suspendu ni banni.</translation>
    </message>
    <message>
        <source>Only a super administrator manages administrators.</source>
        <translation>Seul un super-administrateur gère les administrateurs.</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Sélectionnez d’abord un utilisateur.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 est maintenant&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::auth::PasswordChange</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Choose a new password of 8 to 128 characters.</source>
        <translation>Choisissez un nouveau mot de passe de 8 à 128 caractères.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password again in both fields.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques. Saisissez à nouveau le nouveau mot de passe dans les deux champs.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different password.</source>
        <translation>Le nouveau mot de passe est identique à l’actuel. Choisissez un autre mot de passe.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::auth::SignIn</name>
    <message>
        <source>This address uses plain http, which would send your password unencrypted over the network. Use an https:// address; http is allowed only for a server on this computer (localhost).</source>
        <translation>Cette adresse utilise le http simple, qui enverrait votre mot de passe en clair sur le réseau. Utilisez une adresse https://&#xa0;; le http n&apos;est autorisé que pour un serveur sur cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>Enter the address of your TutorHub server, for example https://tutorhub.example.org.</source>
        <translation>Saisissez l&apos;adresse de votre serveur TutorHub, par exemple https://tutorhub.example.org.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Saisissez votre nom complet.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as name@example.org.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple name@example.org.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code.</source>
        <translation>Saisissez le code à 6 chiffres.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Choisissez un mot de passe d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The sign-in was not finished within 10 minutes. Sign in again to get a new code.</source>
        <translation>La connexion n’a pas été terminée dans les 10 minutes. Reconnectez-vous pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>This account asks for a code sent to a phone, but this server cannot send one. Ask an administrator to switch your two-step verification to e-mail, or contact %1.</source>
        <translation>Ce compte demande un code envoyé sur un téléphone, mais ce serveur ne peut pas en envoyer. Demandez à un administrateur de passer votre vérification en deux étapes à l’e-mail, ou contactez %1.</translation>
    </message>
    <message>
        <source>This code is no longer valid. Choose &quot;Send a new code&quot; and enter the new one.</source>
        <translation>Ce code n’est plus valide. Choisissez « Envoyer un nouveau code » et saisissez le nouveau.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::calendar::ApiCalendarLoader</name>
    <message>
        <source>You have no tutor profile yet, so there are no lessons to show.</source>
        <translation>Vous n&apos;avez pas encore de profil de tuteur, il n&apos;y a donc aucune leçon à afficher.</translation>
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
        <translation>Aucune leçon libre cette semaine. La prochaine est le %1&#xa0;: choisissez Semaine suivante.</translation>
    </message>
    <message>
        <source>No free lessons from this week on. Ask the tutor in a message, or look again later.</source>
        <translation>Aucune leçon libre à partir de cette semaine. Demandez au tuteur par message, ou revenez plus tard.</translation>
    </message>
    <message>
        <source>1 lesson chosen, %1 in total</source>
        <translation>1 leçon choisie, %1 au total</translation>
    </message>
    <message>
        <source>%1 lessons chosen, %2 in total</source>
        <translation>%1 leçons choisies, %2 au total</translation>
    </message>
    <message>
        <source>Ready to book: the lessons are reserved for you until you pay.</source>
        <translation>Prêt à réserver&#xa0;: les leçons vous sont réservées jusqu&apos;à votre paiement.</translation>
    </message>
    <message>
        <source>Someone else has just booked one of the lessons you chose. Nothing was booked; the calendar now shows the lessons that are still free.</source>
        <translation>Quelqu&apos;un vient de réserver l&apos;une des leçons que vous avez choisies. Rien n&apos;a été réservé&#xa0;; le calendrier affiche maintenant les leçons encore libres.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::HelpCenter</name>
    <message>
        <source>Choose the course or tutor the report is about.</source>
        <translation>Choisissez le cours ou le tuteur concerné par le signalement.</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>Décrivez le problème.</translation>
    </message>
    <message>
        <source>Thank you. Your report was sent; its status shows below.</source>
        <translation>Merci. Votre signalement a été envoyé&#xa0;; son statut s&apos;affiche ci-dessous.</translation>
    </message>
    <message>
        <source>1 unread notification</source>
        <translation>1 notification non lue</translation>
    </message>
    <message>
        <source>%1 unread notifications</source>
        <translation>%1 notifications non lues</translation>
    </message>
    <message>
        <source>All notifications are read.</source>
        <translation>Toutes les notifications sont lues.</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Select the notifications to mark as seen.</source>
        <translation>Sélectionnez les notifications à marquer comme vues.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::MyLearning</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>Your first lesson has taken place: you can ask for a full refund now.</source>
        <translation>Votre première leçon a eu lieu&#xa0;: vous pouvez maintenant demander un remboursement intégral.</translation>
    </message>
    <message>
        <source>You get the full amount of %1 back on your card and the remaining lessons of “%2” are canceled. This cannot be undone.</source>
        <translation>Vous récupérez l&apos;intégralité des %1 sur votre carte et les leçons restantes de «&#xa0;%2&#xa0;» sont annulées. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Loading the materials…</source>
        <translation>Chargement des supports…</translation>
    </message>
    <message>
        <source>The materials open once the enrollment is paid.</source>
        <translation>Les supports s&apos;ouvrent une fois l&apos;inscription payée.</translation>
    </message>
    <message>
        <source>This pack has no materials yet.</source>
        <translation>Ce pack n&apos;a pas encore de supports.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir.</translation>
    </message>
    <message>
        <source>Requesting the refund…</source>
        <translation>Demande de remboursement…</translation>
    </message>
    <message>
        <source>Refund %1: %2 goes back to your card; the remaining lessons are canceled.</source>
        <translation>Remboursement de %1&#xa0;: %2 revient sur votre carte&#xa0;; les leçons restantes sont annulées.</translation>
    </message>
    <message>
        <source>The calendar could not be written to “%1”: %2</source>
        <translation>Le calendrier n&apos;a pas pu être écrit dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 lessons exported to “%2”. Import the file in Google Calendar, Outlook or Thunderbird.</source>
        <translation>%1 leçons exportées vers «&#xa0;%2&#xa0;». Importez le fichier dans Google Agenda, Outlook ou Thunderbird.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::PackDetails</name>
    <message>
        <source>Loading the materials…</source>
        <translation>Chargement des supports…</translation>
    </message>
    <message>
        <source>The course materials open once you are enrolled in this pack.</source>
        <translation>Les supports de cours s&apos;ouvrent une fois que vous êtes inscrit à ce pack.</translation>
    </message>
    <message>
        <source>This pack has no materials yet.</source>
        <translation>Ce pack n&apos;a pas encore de supports.</translation>
    </message>
    <message>
        <source>Press Enter or double-click a material to open it.</source>
        <translation>Appuyez sur Entrée ou double-cliquez sur un support pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No screening meeting is needed: you can book right away.</source>
        <translation>Aucun entretien préalable n&apos;est nécessaire&#xa0;: vous pouvez réserver tout de suite.</translation>
    </message>
    <message>
        <source>This pack requires a short screening meeting with the tutor before you can enroll.</source>
        <translation>Ce pack exige un court entretien préalable avec le tuteur avant que vous puissiez vous inscrire.</translation>
    </message>
    <message>
        <source>Choose a course pack first.</source>
        <translation>Choisissez d&apos;abord un pack de cours.</translation>
    </message>
    <message>
        <source>Checking your screening meeting…</source>
        <translation>Vérification de votre entretien préalable…</translation>
    </message>
    <message>
        <source>You can book once the tutor approves your screening meeting.</source>
        <translation>Vous pourrez réserver une fois que le tuteur aura approuvé votre entretien préalable.</translation>
    </message>
    <message>
        <source>The tutor did not approve the screening; this pack cannot be booked. Another pack may suit you better.</source>
        <translation>Le tuteur n&apos;a pas approuvé l&apos;entretien préalable&#xa0;; ce pack ne peut pas être réservé. Un autre pack vous conviendra peut-être mieux.</translation>
    </message>
    <message>
        <source>Request a screening meeting first; you can book once the tutor approves it.</source>
        <translation>Demandez d&apos;abord un entretien préalable&#xa0;; vous pourrez réserver une fois que le tuteur l&apos;aura approuvé.</translation>
    </message>
    <message>
        <source>Pick free lessons in a week calendar; times are shown in %1.</source>
        <translation>Choisissez des leçons libres dans un calendrier hebdomadaire&#xa0;; les heures sont affichées en %1.</translation>
    </message>
    <message>
        <source>Screening meeting requested. The tutor picks one of your times or proposes another; you will be notified.</source>
        <translation>Entretien préalable demandé. Le tuteur choisit l&apos;un de vos horaires ou en propose un autre&#xa0;; vous serez averti.</translation>
    </message>
    <message>
        <source>Your times were sent to the tutor.</source>
        <translation>Vos horaires ont été envoyés au tuteur.</translation>
    </message>
    <message>
        <source>The screening meeting is agreed; it is in your calendar.</source>
        <translation>L&apos;entretien préalable est convenu&#xa0;; il figure dans votre calendrier.</translation>
    </message>
    <message>
        <source>You accepted the time; the tutor confirms the meeting.</source>
        <translation>Vous avez accepté l&apos;horaire&#xa0;; le tuteur confirme l&apos;entretien.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::Payment</name>
    <message>
        <source>%1 for 1 lesson</source>
        <translation>%1 pour 1 leçon</translation>
    </message>
    <message>
        <source>%1 for %2 lessons</source>
        <translation>%1 pour %2 leçons</translation>
    </message>
    <message>
        <source> of “%1”</source>
        <translation> de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <source>Local server test cards: 4242 4242 4242 4242 is paid, 4000 0000 0000 0002 is declined, 4000 0025 0000 3155 asks you to confirm on a test bank page. Any future expiry and any 3 digits.</source>
        <translation>Cartes de test du serveur local : 4242 4242 4242 4242 est payée, 4000 0000 0000 0002 est refusée, 4000 0025 0000 3155 demande une confirmation sur une page bancaire de test. N’importe quelle date d’expiration future et 3 chiffres quelconques.</translation>
    </message>
    <message>
        <source>Choose how to pay. Your lessons stay reserved while you pay.</source>
        <translation>Choisissez le mode de paiement. Vos leçons restent réservées pendant le paiement.</translation>
    </message>
    <message>
        <source>Choose a saved card or enter a new one.</source>
        <translation>Choisissez une carte enregistrée ou saisissez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>Vérification de la carte…</translation>
    </message>
    <message>
        <source>Processing the payment…</source>
        <translation>Traitement du paiement…</translation>
    </message>
    <message>
        <source>Nothing is charged twice: check again or try once more.</source>
        <translation>Rien n&apos;est débité deux fois&#xa0;: vérifiez à nouveau ou réessayez.</translation>
    </message>
    <message>
        <source>Checking the payment…</source>
        <translation>Vérification du paiement…</translation>
    </message>
    <message>
        <source>Check again when you are back online.</source>
        <translation>Vérifiez à nouveau lorsque vous serez de nouveau en ligne.</translation>
    </message>
    <message>
        <source>Paid. Your lessons are booked; you find them under My learning.</source>
        <translation>Payé. Vos leçons sont réservées&#xa0;; vous les trouverez sous Mon apprentissage.</translation>
    </message>
    <message>
        <source>This enrollment was canceled before it was paid; nothing was charged. Book the lessons again.</source>
        <translation>Cette inscription a été annulée avant d&apos;être payée&#xa0;; rien n&apos;a été débité. Réservez à nouveau les leçons.</translation>
    </message>
    <message>
        <source>The payment was canceled and nothing was charged. You can pay again.</source>
        <translation>Le paiement a été annulé et rien n&apos;a été débité. Vous pouvez payer à nouveau.</translation>
    </message>
    <message>
        <source>The payment is still being processed. You can close this window: My learning shows the result.</source>
        <translation>Le paiement est toujours en cours de traitement. Vous pouvez fermer cette fenêtre&#xa0;: Mon apprentissage affiche le résultat.</translation>
    </message>
    <message>
        <source>Confirming the payment with your card&apos;s bank…</source>
        <translation>Confirmation du paiement auprès de la banque de votre carte…</translation>
    </message>
    <message>
        <source>One more step: confirm the payment on your bank&apos;s page in the browser. This window goes on by itself when you are done.</source>
        <translation>Encore une étape : confirmez le paiement sur la page de votre banque, dans le navigateur. Cette fenêtre continue d’elle-même une fois que c’est fait.</translation>
    </message>
    <message>
        <source>The card was declined and nothing was charged. Try another card.</source>
        <translation>La carte a été refusée et rien n&apos;a été débité. Essayez une autre carte.</translation>
    </message>
    <message>
        <source>Payment confirmed. Booking your lessons…</source>
        <translation>Paiement confirmé. Réservation de vos leçons…</translation>
    </message>
    <message>
        <source>Your bank&apos;s confirmation did not arrive. Check again once you confirmed the payment in the browser.</source>
        <translation>La confirmation de votre banque n’est pas arrivée. Vérifiez à nouveau une fois le paiement confirmé dans le navigateur.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Open this address in a browser to confirm the payment: %1</source>
        <translation>Le navigateur n’a pas pu être ouvert. Ouvrez cette adresse dans un navigateur pour confirmer le paiement : %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::Screening</name>
    <message>
        <source>Propose at least one time.</source>
        <translation>Proposez au moins un horaire.</translation>
    </message>
    <message>
        <source>Propose at most three times.</source>
        <translation>Proposez au plus trois horaires.</translation>
    </message>
    <message>
        <source>This server takes one proposed time.</source>
        <translation>Ce serveur accepte un seul horaire proposé.</translation>
    </message>
    <message>
        <source>Each proposed time must be in the future.</source>
        <translation>Chaque horaire proposé doit être dans le futur.</translation>
    </message>
    <message>
        <source>Propose different times.</source>
        <translation>Proposez des horaires différents.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for the tutor to propose a time.</source>
        <translation>En attente d&apos;un horaire proposé par le tuteur.</translation>
    </message>
    <message>
        <source>You proposed %1. Waiting for the tutor&apos;s answer.</source>
        <translation>Vous avez proposé %1. En attente de la réponse du tuteur.</translation>
    </message>
    <message>
        <source>The tutor proposes another time: %1. Accept it or propose other times.</source>
        <translation>Le tuteur propose un autre horaire&#xa0;: %1. Acceptez-le ou proposez d&apos;autres horaires.</translation>
    </message>
    <message>
        <source>The tutor proposes another time: %1. Accept it and the tutor confirms the meeting.</source>
        <translation>Le tuteur propose un autre horaire&#xa0;: %1. Acceptez-le et le tuteur confirmera l&apos;entretien.</translation>
    </message>
    <message>
        <source>Agreed: %1 (%2).</source>
        <translation>Convenu&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tutor declined the request.</source>
        <translation>Le tuteur a refusé la demande.</translation>
    </message>
    <message>
        <source>Tutor&apos;s note: %1</source>
        <translation>Note du tuteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The student asks for a screening meeting; propose a time.</source>
        <translation>L&apos;élève demande un entretien préalable&#xa0;; proposez un horaire.</translation>
    </message>
    <message>
        <source>The student proposes %1.</source>
        <translation>L&apos;élève propose %1.</translation>
    </message>
    <message>
        <source>You proposed %1; waiting for the student.</source>
        <translation>Vous avez proposé %1&#xa0;; en attente de l&apos;élève.</translation>
    </message>
    <message>
        <source>You proposed %1; approve the meeting once the student accepts.</source>
        <translation>Vous avez proposé %1&#xa0;; approuvez l&apos;entretien dès que l&apos;élève accepte.</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Refusé.</translation>
    </message>
    <message>
        <source>Screening meeting</source>
        <translation>Entretien préalable</translation>
    </message>
    <message>
        <source>Screening meeting: %1</source>
        <translation>Entretien préalable&#xa0;: %1</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>Avec %1.</translation>
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
        <translation>Carte</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Matières</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Course pack</source>
        <translation>Pack de cours</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price per lesson</source>
        <translation>Prix par leçon</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Entretien préalable</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Exigé</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non nécessaire</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Online (link follows)</source>
        <translation>En ligne (lien à venir)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Traité le</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>Titulaire de la carte</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::StudentRules</name>
    <message>
        <source>This enrollment has been refunded.</source>
        <translation>Cette inscription a été remboursée.</translation>
    </message>
    <message>
        <source>A refund was already requested for this enrollment.</source>
        <translation>Un remboursement a déjà été demandé pour cette inscription.</translation>
    </message>
    <message>
        <source>The enrollment is canceled.</source>
        <translation>L&apos;inscription est annulée.</translation>
    </message>
    <message>
        <source>Only paid enrollments can be refunded.</source>
        <translation>Seules les inscriptions payées peuvent être remboursées.</translation>
    </message>
    <message>
        <source>A refund cannot be requested once a later lesson has taken place.</source>
        <translation>Un remboursement ne peut plus être demandé une fois qu&apos;une leçon ultérieure a eu lieu.</translation>
    </message>
    <message>
        <source>A refund can be requested after your first lesson has taken place.</source>
        <translation>Un remboursement peut être demandé après votre première leçon.</translation>
    </message>
    <message>
        <source>Choose at least one free lesson in the calendar.</source>
        <translation>Choisissez au moins une leçon libre dans le calendrier.</translation>
    </message>
    <message>
        <source>At most %1 of this pack&apos;s lessons per day; %2 has %3.</source>
        <translation>Au plus %1 leçons de ce pack par jour&#xa0;; le %2 en compte %3.</translation>
    </message>
    <message>
        <source>This pack is booked as a whole: choose exactly %1 lessons (%2 chosen).</source>
        <translation>Ce pack se réserve en entier&#xa0;: choisissez exactement %1 leçons (%2 choisies).</translation>
    </message>
    <message>
        <source>All lessons must lie within %1 %2 of the first one.</source>
        <translation>Toutes les leçons doivent avoir lieu dans les %1 %2 suivant la première.</translation>
    </message>
    <message>
        <source>At least %1 lessons in every week; the week of %2 has %3.</source>
        <translation>Au moins %1 leçons chaque semaine&#xa0;; la semaine du %2 en compte %3.</translation>
    </message>
    <message>
        <source>Fixed schedule</source>
        <translation>Horaire fixe</translation>
    </message>
    <message>
        <source>Flexible: book lessons whenever they suit you</source>
        <translation>Flexible&#xa0;: réservez les leçons quand cela vous convient</translation>
    </message>
    <message>
        <source>exactly %1 lessons</source>
        <translation>exactement %1 leçons</translation>
    </message>
    <message>
        <source>at least %1 per week</source>
        <translation>au moins %1 par semaine</translation>
    </message>
    <message>
        <source>at most %1 per day</source>
        <translation>au plus %1 par jour</translation>
    </message>
    <message>
        <source>within %1 %2</source>
        <translation>en %1 %2</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Saisissez le numéro de carte.</translation>
    </message>
    <message>
        <source>The card number has 12 to 19 digits.</source>
        <translation>Le numéro de carte comporte de 12 à 19 chiffres.</translation>
    </message>
    <message>
        <source>Enter the expiry month (1-12).</source>
        <translation>Saisissez le mois d&apos;expiration (1-12).</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>La carte a expiré.</translation>
    </message>
    <message>
        <source>Enter the 3 or 4 digit security code.</source>
        <translation>Saisissez le code de sécurité à 3 ou 4 chiffres.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::TutorDetails</name>
    <message>
        <source>Subjects:</source>
        <translation>Matières&#xa0;:</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Expérience&#xa0;:</translation>
    </message>
    <message>
        <source>Certifications:</source>
        <translation>Certifications&#xa0;:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::AvailabilityViewModel</name>
    <message>
        <source>This window overlaps another of your windows on that day. Change the times, or change the other window instead; nothing was saved.</source>
        <translation>Cette plage chevauche une autre de vos plages ce jour-là. Modifiez les heures, ou modifiez plutôt l&apos;autre plage&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The window was added.</source>
        <translation>La plage a été ajoutée.</translation>
    </message>
    <message>
        <source>The window was changed.</source>
        <translation>La plage a été modifiée.</translation>
    </message>
    <message>
        <source>The window was deleted. Lessons already opened from it stay.</source>
        <translation>La plage a été supprimée. Les leçons déjà ouvertes à partir d&apos;elle restent.</translation>
    </message>
    <message>
        <source>The busy time was deleted. Lessons can be generated in it again.</source>
        <translation>L&apos;indisponibilité a été supprimée. Des leçons peuvent de nouveau y être générées.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::BecomeTutorViewModel</name>
    <message>
        <source>Your application was sent. We will let you know when it has been reviewed.</source>
        <translation>Votre candidature a été envoyée. Nous vous informerons lorsqu&apos;elle aura été examinée.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::CoursePacksViewModel</name>
    <message>
        <source>“%1” is published: students can find and book it.</source>
        <translation>«&#xa0;%1&#xa0;» est publié&#xa0;: les élèves peuvent le trouver et le réserver.</translation>
    </message>
    <message>
        <source>“%1” is no longer shown to students; current enrollments continue.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus montré aux élèves&#xa0;; les inscriptions en cours continuent.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while students are enrolled in it. Unpublish it instead: it disappears from the catalog and the current enrollments continue.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être supprimé tant que des élèves y sont inscrits. Dépubliez-le plutôt&#xa0;: il disparaît du catalogue et les inscriptions en cours continuent.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>“%1” was created.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé.</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré.</translation>
    </message>
    <message>
        <source>“%1” was added.</source>
        <translation>«&#xa0;%1&#xa0;» a été ajouté.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::EarningsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
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
        <translation>%1 avec %2, %3</translation>
    </message>
    <message>
        <source>Create a course pack first; lessons belong to a pack.</source>
        <translation>Créez d&apos;abord un pack de cours&#xa0;; les leçons appartiennent à un pack.</translation>
    </message>
    <message>
        <source>This lesson has not started yet; mark it completed once it has taken place.</source>
        <translation>Cette leçon n&apos;a pas encore commencé&#xa0;; marquez-la comme terminée une fois qu&apos;elle a eu lieu.</translation>
    </message>
    <message>
        <source>The lesson was marked completed: %1.</source>
        <translation>La leçon a été marquée comme terminée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The lesson was deleted.</source>
        <translation>La leçon a été supprimée.</translation>
    </message>
    <message>
        <source>No lessons were opened: your availability has no free time in this range.</source>
        <translation>Aucune leçon n&apos;a été ouverte&#xa0;: vos disponibilités n&apos;ont pas de temps libre sur cette période.</translation>
    </message>
    <message>
        <source>1 lesson opened.</source>
        <translation>1 leçon ouverte.</translation>
    </message>
    <message>
        <source>%1 lessons opened.</source>
        <translation>%1 leçons ouvertes.</translation>
    </message>
    <message>
        <source>1 time skipped because a lesson or a busy time already takes place then.</source>
        <translation>1 horaire ignoré car une leçon ou une indisponibilité a déjà lieu à ce moment.</translation>
    </message>
    <message>
        <source>%1 times skipped because a lesson or a busy time already takes place then.</source>
        <translation>%1 horaires ignorés car une leçon ou une indisponibilité a déjà lieu à ces moments.</translation>
    </message>
    <message>
        <source>A lesson was opened on %1.</source>
        <translation>Une leçon a été ouverte le %1.</translation>
    </message>
    <message>
        <source>The lesson was canceled; the student is told the reason.</source>
        <translation>La leçon a été annulée&#xa0;; l&apos;élève est informé du motif.</translation>
    </message>
    <message>
        <source>The place of the lesson was saved.</source>
        <translation>Le lieu de la leçon a été enregistré.</translation>
    </message>
    <message>
        <source>Your time was sent to the student.</source>
        <translation>Votre horaire a été envoyé à l&apos;élève.</translation>
    </message>
    <message>
        <source>The screening meeting was approved; the student was told when and where.</source>
        <translation>L&apos;entretien préalable a été approuvé&#xa0;; l&apos;élève a été informé de la date et du lieu.</translation>
    </message>
    <message>
        <source>The screening request was rejected; the student was told.</source>
        <translation>La demande d&apos;entretien a été refusée&#xa0;; l&apos;élève a été informé.</translation>
    </message>
    <message>
        <source>The calendar could not be written to “%1”: %2</source>
        <translation>Le calendrier n&apos;a pas pu être écrit dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 lessons exported to “%2”. Import the file in Google Calendar, Outlook or Thunderbird.</source>
        <translation>%1 leçons exportées vers «&#xa0;%2&#xa0;». Importez le fichier dans Google Agenda, Outlook ou Thunderbird.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::ProfileViewModel</name>
    <message>
        <source>Your display name cannot be empty: students look for you by it.</source>
        <translation>Votre nom affiché ne peut pas être vide&#xa0;: les élèves vous recherchent par ce nom.</translation>
    </message>
    <message>
        <source>The photo must be a web address starting with https:// or http://, or upload an image.</source>
        <translation>La photo doit être une adresse web commençant par https:// ou http://, ou envoyez une image.</translation>
    </message>
    <message>
        <source>The photo must be a web address starting with https:// or http://.</source>
        <translation>La photo doit être une adresse web commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>Your profile was saved.</source>
        <translation>Votre profil a été enregistré.</translation>
    </message>
    <message>
        <source>A photo must be a PNG, JPEG, WebP or GIF image.</source>
        <translation>Une photo doit être une image PNG, JPEG, WebP ou GIF.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The photo is larger than 2 MB; choose a smaller image.</source>
        <translation>La photo dépasse 2 Mo&#xa0;; choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>The photo was uploaded; save the profile to show it to students.</source>
        <translation>La photo a été envoyée&#xa0;; enregistrez le profil pour la montrer aux élèves.</translation>
    </message>
    <message>
        <source>no availability yet</source>
        <translation>pas encore de disponibilités</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::TutorForms</name>
    <message>
        <source>Give the course pack a title.</source>
        <translation>Donnez un titre au pack de cours.</translation>
    </message>
    <message>
        <source>Choose a category so that students can find the pack.</source>
        <translation>Choisissez une catégorie pour que les élèves puissent trouver le pack.</translation>
    </message>
    <message>
        <source>Set a price per lesson above zero.</source>
        <translation>Fixez un prix par leçon supérieur à zéro.</translation>
    </message>
    <message>
        <source>A strict pack needs the number of lessons a student books.</source>
        <translation>Un pack à horaire fixe a besoin du nombre de leçons qu&apos;un élève réserve.</translation>
    </message>
    <message>
        <source>A strict pack needs the period within which its lessons take place.</source>
        <translation>Un pack à horaire fixe a besoin de la période pendant laquelle ses leçons ont lieu.</translation>
    </message>
    <message>
        <source>The weekly minimum cannot be reached with the daily maximum.</source>
        <translation>Le minimum hebdomadaire ne peut pas être atteint avec le maximum quotidien.</translation>
    </message>
    <message>
        <source>“%1” is not a file type a course pack can carry. Use a PDF, an office document, a text, a video (MP4, WebM, MOV), an MP3, an image or a ZIP file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de fichier qu&apos;un pack de cours peut contenir. Utilisez un PDF, un document bureautique, un texte, une vidéo (MP4, WebM, MOV), un MP3, une image ou un fichier ZIP.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; files up to %3 MB can be uploaded. Share larger videos as an external link.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 Mo&#xa0;; les fichiers jusqu&apos;à %3 Mo peuvent être envoyés. Partagez les vidéos plus volumineuses sous forme de lien externe.</translation>
    </message>
    <message>
        <source>Give the material a title.</source>
        <translation>Donnez un titre au support.</translation>
    </message>
    <message>
        <source>This pack already has a material called “%1”; choose another title.</source>
        <translation>Ce pack contient déjà un support intitulé «&#xa0;%1&#xa0;»&#xa0;; choisissez un autre titre.</translation>
    </message>
    <message>
        <source>Enter the link as a web address starting with https:// or http://.</source>
        <translation>Saisissez le lien sous forme d&apos;adresse web commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>Choose a file to upload or enter its web address.</source>
        <translation>Choisissez un fichier à envoyer ou saisissez son adresse web.</translation>
    </message>
    <message>
        <source>Choose the course pack the lesson belongs to.</source>
        <translation>Choisissez le pack de cours auquel appartient la leçon.</translation>
    </message>
    <message>
        <source>A lesson must start in the future.</source>
        <translation>Une leçon doit commencer dans le futur.</translation>
    </message>
    <message>
        <source>A lesson lasts between 15 minutes and 8 hours.</source>
        <translation>Une leçon dure entre 15 minutes et 8 heures.</translation>
    </message>
    <message>
        <source>Choose the course pack the lessons belong to.</source>
        <translation>Choisissez le pack de cours auquel appartiennent les leçons.</translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>Le dernier jour ne doit pas précéder le premier jour.</translation>
    </message>
    <message>
        <source>The whole range is in the past; lessons can only be opened in the future.</source>
        <translation>Toute la plage est dans le passé&#xa0;; les leçons ne peuvent être ouvertes que dans le futur.</translation>
    </message>
    <message>
        <source>Generate at most one year of lessons at a time.</source>
        <translation>Générez au plus une année de leçons à la fois.</translation>
    </message>
    <message>
        <source>Name at least one subject you want to teach.</source>
        <translation>Indiquez au moins une matière que vous souhaitez enseigner.</translation>
    </message>
    <message>
        <source>Write a short biography (at least 20 characters) so that the reviewers know you.</source>
        <translation>Rédigez une courte biographie (au moins 20 caractères) pour que les examinateurs vous connaissent.</translation>
    </message>
    <message>
        <source>Add your qualifications or certifications.</source>
        <translation>Ajoutez vos qualifications ou certifications.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; list each document as a link starting with https://.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;; indiquez chaque document sous forme de lien commençant par https://.</translation>
    </message>
    <message>
        <source>Enter the material&apos;s web address, starting with https:// or http://; this server does not take uploads.</source>
        <translation>Saisissez l&apos;adresse web du support, commençant par https:// ou http:// ; ce serveur n&apos;accepte pas les envois de fichiers.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::TutorLists</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price per lesson</source>
        <translation>Prix par leçon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Visible par</translation>
    </message>
    <message>
        <source>You, students with an active or completed enrollment, admins</source>
        <translation>Vous, les élèves avec une inscription active ou terminée, les administrateurs</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Chaque %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Teaching mode</source>
        <translation>Mode d&apos;enseignement</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Course pack</source>
        <translation>Pack de cours</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::TutorViewModel</name>
    <message>
        <source>Your tutor profile could not be found. If your application was approved just now, sign out and in again.</source>
        <translation>Votre profil de tuteur est introuvable. Si votre candidature vient d&apos;être approuvée, déconnectez-vous puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::CalendarPage</name>
    <message>
        <source>Shown period</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>Vue jour (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>Vue semaine (W)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Month view (M)</source>
        <translation>Vue mois (M)</translation>
    </message>
    <message>
        <source>Previous period (Page Up)</source>
        <translation>Période précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next period (Page Down)</source>
        <translation>Période suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation>Aujourd&apos;hui (T)</translation>
    </message>
    <message>
        <source>&amp;Go to:</source>
        <translation>&amp;Aller au&#xa0;:</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Load the calendar again</source>
        <translation>Recharger le calendrier</translation>
    </message>
    <message>
        <source>Click a lesson to open it on the Lessons page. Green: your availability; hatched: busy times. Keys: arrows move the day, Page Up/Down the period, T today, D/W/M the view, Enter opens.</source>
        <translation>Cliquez sur une leçon pour l’ouvrir dans la page Leçons. Vert&#xa0;: vos disponibilités&#xa0;; hachuré&#xa0;: indisponibilités. Touches&#xa0;: flèches pour le jour, Page préc./suiv. pour la période, T aujourd’hui, D/W/M la vue, Entrée ouvre.</translation>
    </message>
    <message>
        <source>Click a lesson to open its enrollment in My learning. Keys: arrows move the day, Page Up/Down the period, T today, D/W/M the view, Enter opens.</source>
        <translation>Cliquez sur une leçon pour ouvrir son inscription dans Mon apprentissage. Touches&#xa0;: flèches pour le jour, Page préc./suiv. pour la période, T aujourd’hui, D/W/M la vue, Entrée ouvre.</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <extracomment>The calendar&apos;s time zone, e.g. &quot;Times in Europe/Berlin (CET)&quot;.</extracomment>
        <translation>Heures en %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::CalendarView</name>
    <message>
        <source>Screening meeting</source>
        <translation>Entretien préalable</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>A month cell that has no room for every event: how many more there are.</extracomment>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <extracomment>The selected day in the calendar, for screen readers: how many lessons and meetings it has.</extracomment>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>selected: %1</source>
        <extracomment>The event selected in the calendar&apos;s day view, for screen readers.</extracomment>
        <translation>sélectionné&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Choose a new password of 8 to 128 characters. When it is changed, TutorHub signs you out everywhere else: on other computers and in other apps you then sign in with the new password.</source>
        <translation>Choisissez un nouveau mot de passe de 8 à 128 caractères. Une fois changé, TutorHub vous déconnecte partout ailleurs : sur les autres ordinateurs et dans les autres applications, vous vous reconnectez avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>8 to 128 characters</source>
        <translation>8 à 128 caractères</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firmer le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::LanguageChooser</name>
    <message>
        <source>Language of TutorHub</source>
        <translation>Langue de TutorHub</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>TutorHub will be in %1 from its next start.</source>
        <translation>TutorHub sera en %1 à partir du prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::LessonRemindersController</name>
    <message>
        <source>Show lessons</source>
        <translation>Afficher les leçons</translation>
    </message>
    <message>
        <source>Lesson &amp;reminders</source>
        <translation>&amp;Rappels de leçon</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>The lead time of lesson reminders in the account menu</extracomment>
        <translation>Désactivés</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute avant</numerusform>
            <numerusform>%n minutes avant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::ListState</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Réessayer le chargement</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::LoginWindow</name>
    <message>
        <source>This server does not send e-mail, so TutorHub shows the code here and has filled it in for you. Check it and confirm.</source>
        <translation>Ce serveur n&apos;envoie pas d&apos;e-mails&#xa0;: TutorHub affiche donc le code ici et l&apos;a saisi pour vous. Vérifiez-le et confirmez.</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Adresse &amp;e-mail</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se souvenir de &amp;moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Create an &amp;account</source>
        <translation>Créer un &amp;compte</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>Mot de passe &amp;oublié&#xa0;?</translation>
    </message>
    <message>
        <source>Verify e-&amp;mail</source>
        <translation>&amp;Vérifier l&apos;e-mail</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>You start as a student. You can apply to teach later.</source>
        <translation>Vous commencez en tant qu&apos;élève. Vous pourrez postuler pour enseigner plus tard.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Au moins 8 caractères.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>&amp;Retour à la connexion</translation>
    </message>
    <message>
        <source>Verify your e-mail</source>
        <translation>Vérifiez votre adresse e-mail</translation>
    </message>
    <message>
        <source>We send a 6-digit code to your e-mail address. Enter it here to finish setting up your account.</source>
        <translation>Nous envoyons un code à 6 chiffres à votre adresse e-mail. Saisissez-le ici pour terminer la configuration de votre compte.</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>Envoyer un &amp;nouveau code</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Envoyer un nouveau code</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Verif&amp;y e-mail</source>
        <translation>Vérifier l&apos;&amp;e-mail</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Réinitialiser votre mot de passe</translation>
    </message>
    <message>
        <source>We send a 6-digit code to your e-mail address; with it you choose a new password.</source>
        <translation>Nous envoyons un code à 6 chiffres à votre adresse e-mail&#xa0;; il vous permet de choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>Envoyer le &amp;code</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Reset code</source>
        <translation>Code de réinitialisation</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Set new &amp;password</source>
        <translation>Définir le nouveau mot de &amp;passe</translation>
    </message>
    <message>
        <source>Sign in – TutorHub</source>
        <translation>Connexion – TutorHub</translation>
    </message>
    <message>
        <source>There is no server address for this environment yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;adresse de serveur pour cet environnement.</translation>
    </message>
    <message>
        <source>TutorHub</source>
        <translation>TutorHub</translation>
    </message>
    <message>
        <source>Learn and teach with tutors you can trust.</source>
        <translation>Apprenez et enseignez avec des tuteurs de confiance.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>Server environment</source>
        <translation>Environnement du serveur</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>https://tutorhub.example.org</source>
        <translation>https://tutorhub.example.org</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>An https:// address. Plain http is accepted only for a server on this computer.</source>
        <translation>Une adresse https://. Le http simple n&apos;est accepté que pour un serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Create an account – TutorHub</source>
        <translation>Créer un compte – TutorHub</translation>
    </message>
    <message>
        <source>Verify your e-mail – TutorHub</source>
        <translation>Vérifiez votre adresse e-mail – TutorHub</translation>
    </message>
    <message>
        <source>Reset your password – TutorHub</source>
        <translation>Réinitialiser votre mot de passe – TutorHub</translation>
    </message>
    <message>
        <source>Starting the local server…</source>
        <translation>Démarrage du serveur local…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
    <message>
        <source>Your account has been created. Verify your e-mail address to sign in.</source>
        <translation>Votre compte a été créé. Vérifiez votre adresse e-mail pour vous connecter.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Envoi du code…</translation>
    </message>
    <message>
        <source>The local server on this computer does not send e-mail: open the newest message file in %1 to read the code.</source>
        <translation>Le serveur local de cet ordinateur n&apos;envoie pas d&apos;e-mails&#xa0;: ouvrez le fichier de message le plus récent dans %1 pour lire le code.</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to %1. Enter it here to finish setting up your account.</source>
        <translation>Nous avons envoyé un code à 6 chiffres à %1. Saisissez-le ici pour terminer la configuration de votre compte.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Your e-mail address is verified. You can sign in now.</source>
        <translation>Votre adresse e-mail est vérifiée. Vous pouvez vous connecter maintenant.</translation>
    </message>
    <message>
        <source>Your e-mail address is verified. Signing you in…</source>
        <translation>Votre adresse e-mail est vérifiée. Connexion en cours…</translation>
    </message>
    <message>
        <source>We sent a code to %1. Enter it with your new password.</source>
        <translation>Nous avons envoyé un code à %1. Saisissez-le avec votre nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Setting your new password…</source>
        <translation>Enregistrement de votre nouveau mot de passe…</translation>
    </message>
    <message>
        <source>Your password has been changed. Sign in with your new password.</source>
        <translation>Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Vérification en deux étapes</translation>
    </message>
    <message>
        <source>This account signs in with a code. We send a 6-digit code to your e-mail address; enter it here to finish signing in.</source>
        <translation>Ce compte se connecte avec un code. Nous envoyons un code à 6 chiffres à votre adresse e-mail ; saisissez-le ici pour terminer la connexion.</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>Confirm and &amp;sign in</source>
        <translation>Confirmer et &amp;se connecter</translation>
    </message>
    <message>
        <source>Send a new sign-in code</source>
        <translation>Envoyer un nouveau code de connexion</translation>
    </message>
    <message>
        <source>This account signs in with a code sent to your phone. Enter it here to finish signing in.</source>
        <translation>Ce compte se connecte avec un code envoyé sur votre téléphone. Saisissez-le ici pour terminer la connexion.</translation>
    </message>
    <message>
        <source>This account signs in with a code sent to your e-mail address. Enter it here to finish signing in.</source>
        <translation>Ce compte se connecte avec un code envoyé à votre adresse e-mail. Saisissez-le ici pour terminer la connexion.</translation>
    </message>
    <message>
        <source>Two-step verification is on for this account. We sent a 6-digit code to %1; enter it here within 5 minutes to finish signing in.</source>
        <translation>La vérification en deux étapes est activée pour ce compte. Nous avons envoyé un code à 6 chiffres à %1 ; saisissez-le ici dans les 5 minutes pour terminer la connexion.</translation>
    </message>
    <message>
        <source>Two-step verification is on for this account. We sent a 6-digit code to your phone; enter it here within 5 minutes to finish signing in.</source>
        <translation>La vérification en deux étapes est activée pour ce compte. Nous avons envoyé un code à 6 chiffres sur votre téléphone ; saisissez-le ici dans les 5 minutes pour terminer la connexion.</translation>
    </message>
    <message>
        <source>Two-step verification – TutorHub</source>
        <translation>Vérification en deux étapes – TutorHub</translation>
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
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
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
        <translation>Votre mot de passe a été changé. Vous avez été déconnecté de tous les autres ordinateurs et applications ; reconnectez-vous-y avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>Co&amp;mpte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Offline since %1: TutorHub cannot reach the server and keeps trying. Lists show what was known; booking and payments need the connection.</source>
        <extracomment>the status bar while the server cannot be reached; %1 the time it was last reached</extracomment>
        <translation>Hors ligne depuis %1&#xa0;: TutorHub ne parvient pas à joindre le serveur et réessaie. Les listes montrent les dernières données connues&#xa0;; la réservation et les paiements nécessitent la connexion.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
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
        <translation>Progression</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::ThemeChooser</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Appearance of TutorHub: like the system, light, dark or high contrast</source>
        <translation>Apparence de TutorHub&#xa0;: comme le système, claire, sombre ou contraste élevé</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>The appearance “%1” applies from TutorHub&apos;s next start.</source>
        <translation>L&apos;apparence «&#xa0;%1&#xa0;» s&apos;applique au prochain démarrage de TutorHub.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Calendrier de la semaine</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>, selected</source>
        <translation>, sélectionné</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Semaine précédente</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Previous week (Page Up)</source>
        <translation>Semaine précédente (Page précédente)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This week (Home)</source>
        <translation>Cette semaine (Début)</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Semaine suivante ›</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation>Semaine suivante (Page suivante)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>week range, e.g. &quot;23 – 29 Nov 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Heures en %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::WorkspacePage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Disponible dans une version ultérieure</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::AdminPage</name>
    <message>
        <source>Resume unfinished moderation…</source>
        <translation>Reprendre la modération inachevée…</translation>
    </message>
    <message>
        <source>Resume unfinished moderation</source>
        <translation>Reprendre la modération inachevée</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::AdminTable</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n row(s)</source>
        <translation>
            <numerusform>Page %1 sur %2 · %n ligne</numerusform>
            <numerusform>Page %1 sur %2 · %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>Aucune page</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Afficher de nouveau toutes les lignes</translation>
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
        <translation>Surcharges d&apos;agents</translation>
    </message>
    <message>
        <source>No agent override is configured.</source>
        <translation>Aucune surcharge d&apos;agent n&apos;est configurée.</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Turn override on or off</source>
        <translation>Activer ou désactiver la surcharge</translation>
    </message>
    <message>
        <source>&amp;Overrides</source>
        <translation>&amp;Surcharges</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Tool catalog</source>
        <translation>Catalogue d&apos;outils</translation>
    </message>
    <message>
        <source>No tool matches.</source>
        <translation>Aucun outil ne correspond.</translation>
    </message>
    <message>
        <source>Tool &amp;catalog</source>
        <translation>&amp;Catalogue d&apos;outils</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent executions</source>
        <translation>Exécutions d&apos;agents</translation>
    </message>
    <message>
        <source>No agent has run yet: the local server runs no agents (it only records their executions).</source>
        <translation>Aucun agent n&apos;a encore été exécuté&#xa0;: le serveur local n&apos;exécute aucun agent (il enregistre seulement leurs exécutions).</translation>
    </message>
    <message>
        <source>&amp;Executions</source>
        <translation>&amp;Exécutions</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit override</source>
        <translation>Modifier la surcharge</translation>
    </message>
    <message>
        <source>Edit override: %1</source>
        <translation>Modifier la surcharge&#xa0;: %1</translation>
    </message>
    <message>
        <source>Leave a field empty to use the agent&apos;s design default.</source>
        <translation>Laissez un champ vide pour utiliser la valeur de conception de l’agent.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Design default</source>
        <translation>Valeur de conception</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>0 to 2; design default</source>
        <translation>0 à 2&#xa0;; valeur de conception</translation>
    </message>
    <message>
        <source>Maximum tokens</source>
        <translation>Jetons maximum</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Format de réponse</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Choose the tools (otherwise the design default&apos;s)</source>
        <translation>Choisir les outils (sinon ceux de la conception)</translation>
    </message>
    <message>
        <source>Selected tools</source>
        <translation>Outils choisis</translation>
    </message>
    <message>
        <source>Maximum tool calls</source>
        <translation>Appels d’outils maximum</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai en secondes</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Budget de jetons</translation>
    </message>
    <message>
        <source>Override on</source>
        <translation>Surcharge activée</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Prompt &amp;système&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température&#xa0;:</translation>
    </message>
    <message>
        <source>Maximum t&amp;okens:</source>
        <translation>J&amp;etons maximum&#xa0;:</translation>
    </message>
    <message>
        <source>Response &amp;format:</source>
        <translation>&amp;Format de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Too&amp;ls:</source>
        <translation>&amp;Outils&#xa0;:</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Garde-fous</translation>
    </message>
    <message>
        <source>Maximum tool &amp;calls:</source>
        <translation>&amp;Appels d’outils maximum&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;imeout (seconds):</source>
        <translation>&amp;Délai (secondes)&#xa0;:</translation>
    </message>
    <message>
        <source>Token &amp;budget:</source>
        <translation>&amp;Budget de jetons&#xa0;:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Save override</source>
        <translation>Enregistrer la surcharge</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::AnalyticsPage</name>
    <message>
        <source>Revenue (€)</source>
        <translation>Chiffre d&apos;affaires (€)</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Analytics&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Statistiques&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload analytics</source>
        <translation>Actualiser les statistiques</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Figures per week</source>
        <translation>Chiffres par semaine</translation>
    </message>
    <message>
        <source>Per &amp;week</source>
        <translation>Par &amp;semaine</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Analytics reports</source>
        <translation>Rapports statistiques</translation>
    </message>
    <message>
        <source>No report was recorded yet.</source>
        <translation>Aucun rapport n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>Report &amp;records</source>
        <translation>&amp;Rapports enregistrés</translation>
    </message>
    <message>
        <source>Figures of the newest %1 rows per list only (a very large data set).</source>
        <translation>Chiffres des %1 lignes les plus récentes de chaque liste uniquement (un très grand jeu de données).</translation>
    </message>
    <message>
        <source>Last 12 weeks, times in UTC weeks (Monday to Sunday).</source>
        <translation>12 dernières semaines, en semaines UTC (du lundi au dimanche).</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>Impossible de charger les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export analytics as CSV</source>
        <translation>Exporter les statistiques en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Enrollments, refund requests and issues per week</source>
        <translation>Inscriptions, demandes de remboursement et signalements par semaine</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Demandes de remboursement</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Activity per week</source>
        <translation>Activité par semaine</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Revenue per week (paid enrollments)</source>
        <translation>Chiffre d&apos;affaires par semaine (inscriptions payées)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Revenue per week</source>
        <translation>Chiffre d&apos;affaires par semaine</translation>
    </message>
    <message>
        <source>By course category</source>
        <translation>Par catégorie de cours</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Top tutors by revenue</source>
        <translation>Meilleurs tuteurs par chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>By tutor</source>
        <translation>Par tuteur</translation>
    </message>
    <message>
        <source>Issues by type</source>
        <translation>Signalements par type</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::ApplicationsPage</name>
    <message>
        <source>Certificates checked; welcome aboard.</source>
        <translation>Certificats vérifiés&#xa0;; bienvenue parmi nous.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tutor applications&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Candidatures de tuteurs&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search applicant</source>
        <translation>Rechercher un candidat</translation>
    </message>
    <message>
        <source>Tutor applications</source>
        <translation>Candidatures de tuteurs</translation>
    </message>
    <message>
        <source>No application is waiting for a review.</source>
        <translation>Aucune candidature n&apos;attend d&apos;examen.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Review &amp;note (sent to the applicant):</source>
        <translation>&amp;Note d&apos;examen (envoyée au candidat)&#xa0;:</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note d&apos;examen</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Approve application</source>
        <translation>Approuver la candidature</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation>Refuser la candidature</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an application.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une candidature.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>candidature du %1</translation>
    </message>
    <message>
        <source>Specializations</source>
        <translation>Spécialités</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&lt;p&gt;No documents were attached.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun document n&apos;a été joint.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::CoursesPage</name>
    <message>
        <source>&lt;h2&gt;Courses&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cours&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search title</source>
        <translation>Rechercher un titre</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>No course matches.</source>
        <translation>Aucun cours ne correspond.</translation>
    </message>
    <message>
        <source>&amp;Flag…</source>
        <translation>&amp;Signaler…</translation>
    </message>
    <message>
        <source>Flag course</source>
        <translation>Signaler le cours</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Supprimer le cours</translation>
    </message>
    <message>
        <source>Why is this course flagged? (visible to the tutor)</source>
        <translation>Pourquoi ce cours est-il signalé&#xa0;? (visible par le tuteur)</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::DashboardPage</name>
    <message>
        <source>&lt;h2&gt;Needs attention&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;À traiter&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
    <message>
        <source>%1: %2. Opens the queue.</source>
        <translation>%1&#xa0;: %2. Ouvre la file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::EnrollmentsPage</name>
    <message>
        <source>&lt;h2&gt;Enrollments and refunds&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Inscriptions et remboursements&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Enrollments and refunds</source>
        <translation>Inscriptions et remboursements</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>No enrollment matches these filters.</source>
        <translation>Aucune inscription ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>&amp;Cancel enrollment…</source>
        <translation>&amp;Annuler l&apos;inscription…</translation>
    </message>
    <message>
        <source>Cancel enrollment</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Rem&amp;bourser…</translation>
    </message>
    <message>
        <source>Refund enrollment</source>
        <translation>Rembourser l&apos;inscription</translation>
    </message>
    <message>
        <source>&amp;Enrollments</source>
        <translation>&amp;Inscriptions</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Demandes de remboursement</translation>
    </message>
    <message>
        <source>No refund request matches.</source>
        <translation>Aucune demande de remboursement ne correspond.</translation>
    </message>
    <message>
        <source>Refund &amp;requests</source>
        <translation>&amp;Demandes de remboursement</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Cleanup age in minutes</source>
        <translation>Délai de nettoyage en minutes</translation>
    </message>
    <message>
        <source>Run &amp;pending cleanup</source>
        <translation>Lancer le &amp;nettoyage des impayés</translation>
    </message>
    <message>
        <source>Run pending cleanup</source>
        <translation>Lancer le nettoyage des impayés</translation>
    </message>
    <message>
        <source>Cancel unpaid enrollments older than</source>
        <translation>Annuler les inscriptions impayées de plus de</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La conserver</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Approve refund request</source>
        <translation>Approuver la demande de remboursement</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>Reject refund request</source>
        <translation>Rejeter la demande de remboursement</translation>
    </message>
    <message>
        <source>Their reason: %1</source>
        <translation>Son motif : %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: why it is approved</source>
        <translation>Facultatif : pourquoi elle est approuvée</translation>
    </message>
    <message>
        <source>Why it is rejected (the student reads this)</source>
        <translation>Pourquoi elle est rejetée (l’élève lira ce texte)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Approve and refund</source>
        <translation>Approuver et rembourser</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::IssuesPage</name>
    <message>
        <source>&lt;h2&gt;Issues&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Signalements&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Reporter (name or e-mail)</source>
        <translation>Auteur du signalement (nom ou e-mail)</translation>
    </message>
    <message>
        <source>Reported person (name or e-mail)</source>
        <translation>Personne signalée (nom ou e-mail)</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>No issue matches these filters.</source>
        <translation>Aucun signalement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Signalement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Issue detail</source>
        <translation>Détail du signalement</translation>
    </message>
    <message>
        <source>Internal note (never shown to the reporter)</source>
        <translation>Note interne (jamais montrée à l&apos;auteur du signalement)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Enregistrer la &amp;note</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Start &amp;investigating</source>
        <translation>Commencer l&apos;&amp;examen</translation>
    </message>
    <message>
        <source>Start investigating</source>
        <translation>Commencer l&apos;examen</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <source>Run action</source>
        <translation>Exécuter l&apos;action</translation>
    </message>
    <message>
        <source>Run follow-up action</source>
        <translation>Exécuter l&apos;action de suivi</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>Select an issue to see it.</source>
        <translation>Sélectionnez un signalement pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Signalé par&#xa0;:</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Signalé le&#xa0;:</translation>
    </message>
    <message>
        <source>Person reported:</source>
        <translation>Personne signalée&#xa0;:</translation>
    </message>
    <message>
        <source>Course reported:</source>
        <translation>Cours signalé&#xa0;:</translation>
    </message>
    <message>
        <source>Course tutor:</source>
        <translation>Tuteur du cours&#xa0;:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>Resolve issue</source>
        <translation>Résoudre le signalement</translation>
    </message>
    <message>
        <source>A resolution with an action (warn, course edit, removal, suspension, ban) runs that action next; removals, suspensions and bans show what they cancel and refund first.</source>
        <translation>Une résolution avec une action (avertissement, modification du cours, suppression, suspension, bannissement) exécute ensuite cette action&#xa0;; les suppressions, suspensions et bannissements montrent d&apos;abord ce qu&apos;ils annulent et remboursent.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation>&amp;Note interne&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm resolution</source>
        <translation>Confirmer la résolution</translation>
    </message>
    <message>
        <source>Open or being investigated</source>
        <translation>Ouvert ou en cours d’examen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Issue priority</source>
        <translation>Priorité du signalement</translation>
    </message>
    <message>
        <source>Issue assignee</source>
        <translation>Responsable du signalement</translation>
    </message>
    <message>
        <source>Save priority and assignee</source>
        <translation>Enregistrer la priorité et le responsable</translation>
    </message>
    <message>
        <source>This server keeps no priority or assignee for issues (it offers only the documented contract): sort the queue by status and kind instead.</source>
        <translation>Ce serveur ne conserve ni priorité ni responsable pour les signalements (il n’offre que le contrat documenté)&#xa0;: triez plutôt la file par état et par type.</translation>
    </message>
    <message>
        <source>Triage not available</source>
        <translation>Tri indisponible</translation>
    </message>
    <message>
        <source>Priority of the selected issue</source>
        <translation>Priorité du signalement sélectionné</translation>
    </message>
    <message>
        <source>Administrator the selected issue is assigned to</source>
        <translation>Administrateur responsable du signalement sélectionné</translation>
    </message>
    <message>
        <source>Sa&amp;ve triage</source>
        <translation>Enregistrer le t&amp;ri</translation>
    </message>
    <message>
        <source>&amp;Triage:</source>
        <translation>&amp;Tri&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::ModerationDialog</name>
    <message>
        <source>Reactivation cancels nothing.</source>
        <translation>La réactivation n&apos;annule rien.</translation>
    </message>
    <message>
        <source>This sequence stopped before it finished: %1. Resume runs the remaining steps; the steps already done are not repeated.</source>
        <translation>Cette séquence s&apos;est arrêtée avant la fin&#xa0;: %1. Reprendre exécute les étapes restantes&#xa0;; les étapes déjà faites ne sont pas répétées.</translation>
    </message>
    <message>
        <source>it was interrupted</source>
        <translation>elle a été interrompue</translation>
    </message>
    <message>
        <source>Course: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Cours&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>User: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Utilisateur&#xa0;: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this will cancel and refund&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce qui sera annulé et remboursé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Impact summary</source>
        <translation>Résumé de l&apos;impact</translation>
    </message>
    <message>
        <source>Affected enrollments</source>
        <translation>Inscriptions concernées</translation>
    </message>
    <message>
        <source>The affected enrollments could not be read: %1</source>
        <translation>Les inscriptions concernées n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recorded in the moderation log and sent to the user</source>
        <translation>Consigné dans le journal de modération et envoyé à l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Message to the user</source>
        <translation>Message à l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Optional: the warning the user receives (a standard sentence with the reason otherwise)</source>
        <translation>Facultatif&#xa0;: l&apos;avertissement que reçoit l&apos;utilisateur (sinon une phrase standard avec le motif)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Messa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Étapes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Moderation steps</source>
        <translation>Étapes de modération</translation>
    </message>
    <message>
        <source>Moderation status</source>
        <translation>État de la modération</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Confirm moderation</source>
        <translation>Confirmer la modération</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>A step failed: %1 Nothing is lost: the steps done so far stay done. Resume when the problem is solved (also later, from the list of unfinished moderation).</source>
        <translation>Une étape a échoué&#xa0;: %1 Rien n&apos;est perdu&#xa0;: les étapes déjà faites restent faites. Reprenez quand le problème est résolu (aussi plus tard, depuis la liste des modérations inachevées).</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n enrollment(s) canceled.</source>
        <translation>
            <numerusform>Terminé. %n inscription annulée.</numerusform>
            <numerusform>Terminé. %n inscriptions annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please give a reason: it is recorded and sent to the user.</source>
        <translation>Veuillez indiquer un motif&#xa0;: il est consigné et envoyé à l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::ModerationLogPage</name>
    <message>
        <source>&lt;h2&gt;Moderation log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Journal de modération&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Journal de modération</translation>
    </message>
    <message>
        <source>No moderation action matches these filters.</source>
        <translation>Aucune action de modération ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::UsersPage</name>
    <message>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Utilisateurs&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search name or e-mail</source>
        <translation>Rechercher un nom ou un e-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation>Aucun utilisateur ne correspond.</translation>
    </message>
    <message>
        <source>User detail</source>
        <translation>Détail de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
    <message>
        <source>Suspend user</source>
        <translation>Suspendre l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Bannir…</translation>
    </message>
    <message>
        <source>Ban user</source>
        <translation>Bannir l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>Ré&amp;activer…</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Réactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Why this is not possible</source>
        <translation>Pourquoi ce n&apos;est pas possible</translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation>Sélectionnez un utilisateur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Role: %3&lt;br&gt;Account: %4&lt;br&gt;Tutor application: %5&lt;br&gt;Registered: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Rôle&#xa0;: %3&lt;br&gt;Compte&#xa0;: %4&lt;br&gt;Candidature de tuteur&#xa0;: %5&lt;br&gt;Inscrit le&#xa0;: %6</translation>
    </message>
    <message>
        <source>Suspended or banned</source>
        <translation>Suspendu ou banni</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::ChatAttachments</name>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the downloaded file</source>
        <translation>Ouvrir le fichier téléchargé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the download notice</source>
        <translation>Fermer l’avis de téléchargement</translation>
    </message>
    <message>
        <source>No program is set up to open “%1”. It is saved in %2.</source>
        <translation>Aucun programme n’est configuré pour ouvrir «&#xa0;%1&#xa0;». Le fichier est enregistré dans %2.</translation>
    </message>
    <message>
        <source>“%1” is saved in %2.</source>
        <translation>«&#xa0;%1&#xa0;» est enregistré dans %2.</translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <source>This server does not take files in the chat. Share a link to the file instead.</source>
        <translation>Ce serveur n’accepte pas de fichiers dans le chat. Partagez plutôt un lien vers le fichier.</translation>
    </message>
    <message>
        <source>Send a file or image…</source>
        <translation>Envoyer un fichier ou une image…</translation>
    </message>
    <message>
        <source>Share a link…</source>
        <translation>Partager un lien…</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.gif *.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.odp *.txt *.md *.csv *.zip);;All files (*)</source>
        <translation>Images et documents (*.png *.jpg *.jpeg *.gif *.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.odp *.txt *.md *.csv *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This server does not hand out files sent in the chat. Ask the sender for a link instead.</source>
        <translation>Ce serveur ne fournit pas les fichiers envoyés dans le chat. Demandez plutôt un lien à l’expéditeur.</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>Téléchargement de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::ChatPane</name>
    <message>
        <source>Chat connection state</source>
        <translation>État de la connexion au chat</translation>
    </message>
    <message>
        <source>No conversations yet. A conversation starts from an enrollment.</source>
        <translation>Aucune conversation pour l&apos;instant. Une conversation commence à partir d&apos;une inscription.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Chargement des conversations…</translation>
    </message>
    <message>
        <source>Conversation list state</source>
        <translation>État de la liste des conversations</translation>
    </message>
    <message>
        <source>← Conversations</source>
        <translation>← Conversations</translation>
    </message>
    <message>
        <source>Back to the conversations</source>
        <translation>Retour aux conversations</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Titre de la conversation</translation>
    </message>
    <message>
        <source>Course of the conversation</source>
        <translation>Cours de la conversation</translation>
    </message>
    <message>
        <source>Warn…</source>
        <translation>Avertir…</translation>
    </message>
    <message>
        <source>Warn the other participant</source>
        <translation>Avertir l&apos;autre participant</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>Réduire au silence…</translation>
    </message>
    <message>
        <source>Silence the other participant in this conversation</source>
        <translation>Réduire l&apos;autre participant au silence dans cette conversation</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Bloquer…</translation>
    </message>
    <message>
        <source>Block the other participant in this conversation</source>
        <translation>Bloquer l&apos;autre participant dans cette conversation</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>Lever…</translation>
    </message>
    <message>
        <source>Lift a silence or block in this conversation</source>
        <translation>Lever une mise en silence ou un blocage dans cette conversation</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>Indicateur de saisie</translation>
    </message>
    <message>
        <source>Replying to</source>
        <translation>Réponse à</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the reply or edit</source>
        <translation>Annuler la réponse ou la modification</translation>
    </message>
    <message>
        <source>Chat notice</source>
        <translation>Avis du chat</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write a message (Enter sends, Shift+Enter new line)</source>
        <translation>Écrivez un message (Entrée envoie, Maj+Entrée nouvelle ligne)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Attach an image or document</source>
        <translation>Joindre une image ou un document</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Attachment type</source>
        <translation>Type de pièce jointe</translation>
    </message>
    <message>
        <source>Link to the file</source>
        <translation>Lien vers le fichier</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Réponse à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Modification de votre message</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete this message for everyone in the conversation?</source>
        <translation>Supprimer ce message pour tous les participants de la conversation&#xa0;?</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Warn user</source>
        <translation>Avertir l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Warning sent to %1 as a message from the TutorHub team:</source>
        <translation>Avertissement envoyé à %1 sous forme de message de l&apos;équipe TutorHub&#xa0;:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Réduire au silence</translation>
    </message>
    <message>
        <source>%1 %2 in this conversation for how many hours? (0 = until lifted)</source>
        <translation>%1 %2 dans cette conversation pendant combien d&apos;heures&#xa0;? (0 = jusqu&apos;à la levée)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Lift which restriction of %1?</source>
        <translation>Lever quelle restriction de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Attach a file, an image or a link</source>
        <translation>Joindre un fichier, une image ou un lien</translation>
    </message>
    <message>
        <source>Send a file or an image (up to %1), or share a link. You can also drop files here or paste an image.</source>
        <translation>Envoyez un fichier ou une image (jusqu’à %1) ou partagez un lien. Vous pouvez aussi déposer des fichiers ici ou coller une image.</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::DockRail</name>
    <message>
        <source>Show the chat</source>
        <translation>Afficher le chat</translation>
    </message>
    <message>
        <source>Collapse the chat</source>
        <translation>Réduire le chat</translation>
    </message>
    <message>
        <source>Collapse the chat to a narrow bar</source>
        <translation>Réduire le chat à une barre étroite</translation>
    </message>
    <message>
        <source>Close the chat</source>
        <translation>Fermer le chat</translation>
    </message>
    <message numerus="yes">
        <source>Show the chat (%n unread)</source>
        <extracomment>the collapsed chat&apos;s button; %n is the number of unread messages</extracomment>
        <translation>
            <numerusform>Afficher le chat (%n non lu)</numerusform>
            <numerusform>Afficher le chat (%n non lus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::MessageDelegate</name>
    <message>
        <source>Image: %1</source>
        <translation>Image&#xa0;: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document&#xa0;: %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>%1 · uploading %2 %</source>
        <translation>%1 · envoi %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 · click to download</source>
        <translation>%1 · cliquez pour télécharger</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::BookingDialog</name>
    <message>
        <source>Book lessons: %1</source>
        <translation>Réserver des leçons&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. Choose the lessons you want; all times are in %2.</source>
        <translation>%1. Choisissez les leçons que vous voulez&#xa0;; toutes les heures sont en %2.</translation>
    </message>
    <message>
        <source>Free lessons</source>
        <translation>Leçons libres</translation>
    </message>
    <message>
        <source>No free lessons this week.</source>
        <translation>Aucune leçon libre cette semaine.</translation>
    </message>
    <message>
        <source>Book and pay</source>
        <translation>Réserver et payer</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::FindTutorPage</name>
    <message>
        <source>Search course packs</source>
        <translation>Rechercher des packs de cours</translation>
    </message>
    <message>
        <source>Search course packs by title</source>
        <translation>Rechercher des packs de cours par titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Any scheduling</source>
        <translation>Toute planification</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Tous les tuteurs</translation>
    </message>
    <message>
        <source>Price per lesson (€):</source>
        <translation>Prix par leçon (€)&#xa0;:</translation>
    </message>
    <message>
        <source>Lowest price per lesson</source>
        <translation>Prix minimal par leçon</translation>
    </message>
    <message>
        <source>Highest price per lesson</source>
        <translation>Prix maximal par leçon</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Show as cards</source>
        <translation>Afficher en cartes</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Afficher en liste</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Course packs</source>
        <translation>Packs de cours</translation>
    </message>
    <message>
        <source>No course packs match these filters.</source>
        <translation>Aucun pack de cours ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::HelpPage</name>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>What is the problem about?</source>
        <translation>De quoi s&apos;agit-il&#xa0;?</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>Un cours</translation>
    </message>
    <message>
        <source>A tutor</source>
        <translation>Un tuteur</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Which course or tutor</source>
        <translation>Quel cours ou quel tuteur</translation>
    </message>
    <message>
        <source>Describe the problem</source>
        <translation>Décrivez le problème</translation>
    </message>
    <message>
        <source>What happened? The team reads every report.</source>
        <translation>Que s&apos;est-il passé&#xa0;? L&apos;équipe lit chaque signalement.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Course / tutor</source>
        <translation>Cours / tuteur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <source>Your reports and their status</source>
        <translation>Vos signalements et leur statut</translation>
    </message>
    <message>
        <source>Your reports</source>
        <translation>Vos signalements</translation>
    </message>
    <message>
        <source>You have not reported any problem.</source>
        <translation>Vous n&apos;avez signalé aucun problème.</translation>
    </message>
    <message>
        <source>Mark selected as seen</source>
        <translation>Marquer la sélection comme vue</translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation>Tout marquer comme vu</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Aucune notification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Only courses and tutors you booked can be reported here</source>
        <translation>Seuls les cours et les tuteurs que vous avez réservés peuvent être signalés ici</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::MyLearningPage</name>
    <message>
        <source>Your enrollments</source>
        <translation>Vos inscriptions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh enrollments</source>
        <translation>Actualiser les inscriptions</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exporter le calendrier…</translation>
    </message>
    <message>
        <source>Export lessons as a calendar file</source>
        <translation>Exporter les leçons dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>Export lessons</source>
        <translation>Exporter les leçons</translation>
    </message>
    <message>
        <source>tutorhub-lessons.ics</source>
        <translation>tutorhub-lecons.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>You have no enrollments yet. Find a tutor to book your first lessons.</source>
        <translation>Vous n&apos;avez encore aucune inscription. Trouvez un tuteur pour réserver vos premières leçons.</translation>
    </message>
    <message>
        <source>Pay now…</source>
        <translation>Payer maintenant…</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>Payer maintenant</translation>
    </message>
    <message>
        <source>Request a refund…</source>
        <translation>Demander un remboursement…</translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation>Demander un remboursement</translation>
    </message>
    <message>
        <source>Message the tutor</source>
        <translation>Écrire au tuteur</translation>
    </message>
    <message>
        <source>Opens the conversation with this enrollment&apos;s tutor in the chat pane.</source>
        <translation>Ouvre la conversation avec le tuteur de cette inscription dans le volet du chat.</translation>
    </message>
    <message>
        <source>The chat is not available in this window. Open Messages to write to your tutor.</source>
        <translation>Le chat n&apos;est pas disponible dans cette fenêtre. Ouvrez Messages pour écrire à votre tuteur.</translation>
    </message>
    <message>
        <source>Lesson times are shown in %1.</source>
        <translation>Les heures des leçons sont affichées en %1.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Course materials</source>
        <translation>Supports de cours</translation>
    </message>
    <message>
        <source>Open or download</source>
        <translation>Ouvrir ou télécharger</translation>
    </message>
    <message>
        <source>Open or download the material</source>
        <translation>Ouvrir ou télécharger le support</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Demandes de remboursement</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Choose an enrollment to see its lessons.</source>
        <translation>Choisissez une inscription pour voir ses leçons.</translation>
    </message>
    <message>
        <source>Why do you want a refund?</source>
        <translation>Pourquoi souhaitez-vous un remboursement&#xa0;?</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Motif du remboursement</translation>
    </message>
    <message>
        <source>Request the refund</source>
        <translation>Demander le remboursement</translation>
    </message>
    <message>
        <source>Keep the enrollment</source>
        <translation>Conserver l&apos;inscription</translation>
    </message>
    <message>
        <source>No lessons booked in this enrollment.</source>
        <translation>Aucune leçon réservée dans cette inscription.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::PackCardDelegate</name>
    <message>
        <source>%1 per lesson</source>
        <translation>%1 par leçon</translation>
    </message>
    <message>
        <source>Screening meeting</source>
        <translation>Entretien préalable</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::PackView</name>
    <message>
        <source>Back to the catalog</source>
        <translation>Retour au catalogue</translation>
    </message>
    <message>
        <source>Tutor profile</source>
        <translation>Profil de tuteur</translation>
    </message>
    <message>
        <source>About this course</source>
        <translation>À propos de ce cours</translation>
    </message>
    <message>
        <source>Course materials</source>
        <translation>Supports de cours</translation>
    </message>
    <message>
        <source>Screening meeting</source>
        <translation>Entretien préalable</translation>
    </message>
    <message>
        <source>Request a screening meeting</source>
        <translation>Demander un entretien préalable</translation>
    </message>
    <message>
        <source>Choose lessons…</source>
        <translation>Choisir les leçons…</translation>
    </message>
    <message>
        <source>Choose lessons</source>
        <translation>Choisir les leçons</translation>
    </message>
    <message>
        <source>by %1 · %2</source>
        <translation>par %1 · %2</translation>
    </message>
    <message>
        <source>%1 per lesson</source>
        <translation>%1 par leçon</translation>
    </message>
    <message>
        <source>The tutor has not described this course yet.</source>
        <translation>Le tuteur n&apos;a pas encore décrit ce cours.</translation>
    </message>
    <message>
        <source>Accept this time</source>
        <translation>Accepter cet horaire</translation>
    </message>
    <message>
        <source>Accept the proposed screening time</source>
        <translation>Accepter l&apos;horaire proposé pour l&apos;entretien préalable</translation>
    </message>
    <message>
        <source>Propose other times…</source>
        <translation>Proposer d&apos;autres horaires…</translation>
    </message>
    <message>
        <source>Propose other screening times</source>
        <translation>Proposer d&apos;autres horaires pour l&apos;entretien préalable</translation>
    </message>
    <message>
        <source>Propose when you could meet the tutor for the screening, in %1.</source>
        <translation>Proposez quand vous pourriez rencontrer le tuteur pour l&apos;entretien préalable, en %1.</translation>
    </message>
    <message>
        <source>Propose other times for the screening meeting, in %1.</source>
        <translation>Proposez d&apos;autres horaires pour l&apos;entretien préalable, en %1.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::PaymentDialog</name>
    <message>
        <source>Pay for your lessons</source>
        <translation>Payer vos leçons</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Carte enregistrée</translation>
    </message>
    <message>
        <source>Pay with a saved card</source>
        <translation>Payer avec une carte enregistrée</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>Pay with a new card</source>
        <translation>Payer avec une nouvelle carte</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation>Expiration (MM/AA)</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Code de sécurité</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nom sur la carte</translation>
    </message>
    <message>
        <source>Save this card for next time</source>
        <translation>Enregistrer cette carte pour la prochaine fois</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check the payment again</source>
        <translation>Vérifier à nouveau le paiement</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close payment</source>
        <translation>Fermer le paiement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Your bank asks you to confirm this payment on its page in your browser.</source>
        <translation>Votre banque vous demande de confirmer ce paiement sur sa page, dans votre navigateur.</translation>
    </message>
    <message>
        <source>Open the bank&apos;s page</source>
        <translation>Ouvrir la page de la banque</translation>
    </message>
    <message>
        <source>Open the bank&apos;s confirmation page</source>
        <translation>Ouvrir la page de confirmation de la banque</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::ScreeningTimesDialog</name>
    <message>
        <source>Propose screening times</source>
        <translation>Proposer des horaires d&apos;entretien préalable</translation>
    </message>
    <message>
        <source>Proposed time %1</source>
        <translation>Horaire proposé %1</translation>
    </message>
    <message>
        <source>&amp;Time (%1):</source>
        <translation>&amp;Horaire (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Also propose time %1:</source>
        <translation>Proposer aussi l&apos;horaire %1&#xa0;:</translation>
    </message>
    <message>
        <source>Also propose time %1</source>
        <translation>Proposer aussi l&apos;horaire %1</translation>
    </message>
    <message>
        <source>The tutor picks one of your times or proposes another.</source>
        <translation>Le tuteur choisit l&apos;un de vos horaires ou en propose un autre.</translation>
    </message>
    <message>
        <source>The tutor approves this time or proposes another.</source>
        <translation>Le tuteur approuve cet horaire ou en propose un autre.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Dialog message</source>
        <translation>Message de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::StudentPages</name>
    <message>
        <source>Screening meeting for %1 with %2: %3.</source>
        <translation>Entretien préalable pour %1 avec %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::TutorView</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back from the tutor profile</source>
        <translation>Retour depuis le profil du tuteur</translation>
    </message>
    <message>
        <source>Course packs of this tutor</source>
        <translation>Packs de cours de ce tuteur</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::AvailabilityPage</name>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>When you can teach. Lessons are generated from these windows on the Lessons page. Double-click the week to start a new window there.</source>
        <translation>Quand vous pouvez enseigner. Les leçons sont générées à partir de ces plages sur la page Leçons. Double-cliquez sur la semaine pour y créer une nouvelle plage.</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Votre fuseau horaire</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1. A weekly window keeps its time when the clocks change.</source>
        <translation>Les heures sont dans votre fuseau horaire, %1. Une plage hebdomadaire garde son heure lors des changements d&apos;heure.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Only on this date</source>
        <translation>Uniquement à cette date</translation>
    </message>
    <message>
        <source>Date (its weekday for weekly windows)</source>
        <translation>Date (son jour de la semaine pour les plages hebdomadaires)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Teaching mode</source>
        <translation>Mode d&apos;enseignement</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Ajouter la plage</translation>
    </message>
    <message>
        <source>Add availability window</source>
        <translation>Ajouter une plage de disponibilité</translation>
    </message>
    <message>
        <source>Change selected</source>
        <translation>Modifier la sélection</translation>
    </message>
    <message>
        <source>Change selected window</source>
        <translation>Modifier la plage sélectionnée</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Delete selected window</source>
        <translation>Supprimer la plage sélectionnée</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>until</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Availability week</source>
        <translation>Semaine de disponibilité</translation>
    </message>
    <message>
        <source>No availability this week. Add a window above.</source>
        <translation>Aucune disponibilité cette semaine. Ajoutez une plage ci-dessus.</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>This date only</source>
        <translation>Cette date uniquement</translation>
    </message>
    <message>
        <source>A window must end after it starts, on the same day.</source>
        <translation>Une plage doit se terminer après son début, le même jour.</translation>
    </message>
    <message>
        <source>This date is in the past; choose a date from today on.</source>
        <translation>Cette date est dans le passé&#xa0;; choisissez une date à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Import busy times…</source>
        <translation>Importer des indisponibilités…</translation>
    </message>
    <message>
        <source>Import busy times from a calendar file</source>
        <translation>Importer des indisponibilités depuis un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Read an .ics file from your calendar program: its events become busy times, in which no lesson is generated.</source>
        <translation>Lit un fichier .ics de votre agenda&#xa0;: ses événements deviennent des indisponibilités, où aucune leçon n&apos;est générée.</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) imported. No lesson is generated in them.</source>
        <translation>
            <numerusform>%n indisponibilité importée. Aucune leçon n&apos;y est générée.</numerusform>
            <numerusform>%n indisponibilités importées. Aucune leçon n&apos;y est générée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Choir rehearsal</source>
        <translation>Répétition de chorale</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Dentiste</translation>
    </message>
    <message>
        <source>Family visit</source>
        <translation>Visite de famille</translation>
    </message>
    <message>
        <source>Parents&apos; meeting</source>
        <translation>Réunion de parents</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::BecomeTutorPage</name>
    <message>
        <source>Become a tutor</source>
        <translation>Devenir tuteur</translation>
    </message>
    <message>
        <source>Tell us what you teach and how you are qualified. An administrator reviews your application; once it is approved your tutor workspace opens here.</source>
        <translation>Dites-nous ce que vous enseignez et quelles sont vos qualifications. Un administrateur examine votre candidature&#xa0;; une fois approuvée, votre espace tuteur s&apos;ouvre ici.</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Candidature&#xa0;:</translation>
    </message>
    <message>
        <source>Application status</source>
        <translation>Statut de la candidature</translation>
    </message>
    <message>
        <source>Application status explanation</source>
        <translation>Explication du statut de la candidature</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Vérifier le statut</translation>
    </message>
    <message>
        <source>Check application status</source>
        <translation>Vérifier le statut de la candidature</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Note de l&apos;examinateur</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Matières</translation>
    </message>
    <message>
        <source>e.g. Mathematics, Physics</source>
        <translation>p. ex. Mathématiques, Physique</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Degrees and other education</source>
        <translation>Diplômes et autres formations</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Teaching or subject certificates</source>
        <translation>Certificats d&apos;enseignement ou de matière</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>A few sentences about you as a teacher</source>
        <translation>Quelques phrases sur vous en tant qu&apos;enseignant</translation>
    </message>
    <message>
        <source>Document links</source>
        <translation>Liens vers les documents</translation>
    </message>
    <message>
        <source>Links to your diplomas or certificates, one per line (https://…)</source>
        <translation>Liens vers vos diplômes ou certificats, un par ligne (https://…)</translation>
    </message>
    <message>
        <source>&amp;Subjects:</source>
        <translation>&amp;Matières&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Qualifications&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Certifications&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>&amp;Biographie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Documents&#xa0;:</translation>
    </message>
    <message>
        <source>Send application</source>
        <translation>Envoyer la candidature</translation>
    </message>
    <message>
        <source>Your application is being reviewed. You can keep using TutorHub as a student meanwhile.</source>
        <translation>Votre candidature est en cours d&apos;examen. Vous pouvez continuer à utiliser TutorHub en tant qu&apos;élève en attendant.</translation>
    </message>
    <message>
        <source>Your application was approved. Your tutor workspace opens now.</source>
        <translation>Votre candidature a été approuvée. Votre espace tuteur s&apos;ouvre maintenant.</translation>
    </message>
    <message>
        <source>Your application was not approved. You may improve it and apply again.</source>
        <translation>Votre candidature n&apos;a pas été approuvée. Vous pouvez l&apos;améliorer et postuler à nouveau.</translation>
    </message>
    <message>
        <source>You have not applied yet.</source>
        <translation>Vous n&apos;avez pas encore postulé.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: %1</source>
        <translation>Note de l&apos;examinateur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::BusyTimesImportDialog</name>
    <message>
        <source>Import busy times</source>
        <translation>Importer des indisponibilités</translation>
    </message>
    <message>
        <source>Events of a calendar file (.ics) become busy times: the Availability week shows them and no lesson is generated then. Cancelled and free events are left out. Times are shown in your time zone, %1.</source>
        <translation>Les événements d&apos;un fichier d&apos;agenda (.ics) deviennent des indisponibilités&#xa0;: la semaine des disponibilités les montre et aucune leçon n&apos;est générée à ces moments. Les événements annulés et libres sont ignorés. Les heures sont dans votre fuseau horaire, %1.</translation>
    </message>
    <message>
        <source>Dialog message</source>
        <translation>Message de la boîte de dialogue</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Choisir un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>until</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Busy times in the file</source>
        <translation>Indisponibilités du fichier</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Quand (%1)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Choose a calendar file to see its busy times.</source>
        <translation>Choisissez un fichier d&apos;agenda pour voir ses indisponibilités.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ifb *.ical);;All files (*)</source>
        <translation>Fichiers d&apos;agenda (*.ics *.ifb *.ical);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened (%2). Choose another file.</source>
        <translation>Le fichier %1 ne peut pas être ouvert (%2). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Reading what is already stored…</source>
        <translation>Lecture de ce qui est déjà enregistré…</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Déjà importée</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>The file has no busy times between these dates.</source>
        <translation>Le fichier n&apos;a aucune indisponibilité entre ces dates.</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) found between these dates.</source>
        <translation>
            <numerusform>%n indisponibilité trouvée entre ces dates.</numerusform>
            <numerusform>%n indisponibilités trouvées entre ces dates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them imported before; they are not imported again.</source>
        <translation>
            <numerusform>%n d&apos;entre elles déjà importée&#xa0;; elle n&apos;est pas réimportée.</numerusform>
            <numerusform>%n d&apos;entre elles déjà importées&#xa0;; elles ne sont pas réimportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled or free event(s) left out.</source>
        <translation>
            <numerusform>%n événement annulé ou libre ignoré.</numerusform>
            <numerusform>%n événements annulés ou libres ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import adds %n busy time(s).</source>
        <translation>
            <numerusform>L&apos;import ajoute %n indisponibilité.</numerusform>
            <numerusform>L&apos;import ajoute %n indisponibilités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) imported.</source>
        <translation>
            <numerusform>%n indisponibilité importée.</numerusform>
            <numerusform>%n indisponibilités importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported; the list says why. Import tries them again.</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être importée&#xa0;; la liste dit pourquoi. «&#xa0;Importer&#xa0;» réessaie.</numerusform>
            <numerusform>%n n&apos;ont pas pu être importées&#xa0;; la liste dit pourquoi. «&#xa0;Importer&#xa0;» réessaie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some busy times were not imported; the list says why for each.</source>
        <translation>Certaines indisponibilités n&apos;ont pas été importées&#xa0;; la liste dit pourquoi pour chacune.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::CancelSlotDialog</name>
    <message>
        <source>Cancel lesson</source>
        <translation>Annuler la leçon</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The student sees this reason.</source>
        <translation>L&apos;élève voit ce motif.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Tell the student why the lesson is canceled.</source>
        <translation>Expliquez à l&apos;élève pourquoi la leçon est annulée.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::CoursePacksPage</name>
    <message>
        <source>Course packs</source>
        <translation>Packs de cours</translation>
    </message>
    <message>
        <source>Your course packs with their price and scheduling rules, and the materials enrolled students get.</source>
        <translation>Vos packs de cours avec leur prix et leurs règles de planification, et les supports que reçoivent les élèves inscrits.</translation>
    </message>
    <message>
        <source>New pack…</source>
        <translation>Nouveau pack…</translation>
    </message>
    <message>
        <source>New course pack</source>
        <translation>Nouveau pack de cours</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit course pack</source>
        <translation>Modifier le pack de cours</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Publish or unpublish</source>
        <translation>Publier ou dépublier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete course pack</source>
        <translation>Supprimer le pack de cours</translation>
    </message>
    <message>
        <source>You have no course packs yet. Create one with “New pack”.</source>
        <translation>Vous n&apos;avez pas encore de pack de cours. Créez-en un avec «&#xa0;Nouveau pack&#xa0;».</translation>
    </message>
    <message>
        <source>Moderation status</source>
        <translation>État de la modération</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Add material…</source>
        <translation>Ajouter un support…</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Ajouter un support</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>Modifier le support</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move material up</source>
        <translation>Monter le support</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move material down</source>
        <translation>Descendre le support</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Supprimer le support</translation>
    </message>
    <message>
        <source>This pack has no materials yet.</source>
        <translation>Ce pack n&apos;a pas encore de supports.</translation>
    </message>
    <message>
        <source>Delete “%1”? Students will no longer see it and its free lessons are canceled.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Les élèves ne le verront plus et ses leçons libres sont annulées.</translation>
    </message>
    <message>
        <source>Moderation: %1.</source>
        <translation>Modération&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Note from the moderators: %1</source>
        <translation>Note des modérateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Students can still see the pack; please address the note.</source>
        <translation>Les élèves voient toujours le pack&#xa0;; veuillez tenir compte de la note.</translation>
    </message>
    <message>
        <source>Materials of “%1”</source>
        <translation>Supports de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Dépublier</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::EarningsPage</name>
    <message>
        <source>Students &amp; earnings</source>
        <translation>Élèves et revenus</translation>
    </message>
    <message>
        <source>Who is enrolled in your course packs, and what you earn.</source>
        <translation>Qui est inscrit à vos packs de cours, et ce que vous gagnez.</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Earnings per month</source>
        <translation>Revenus par mois</translation>
    </message>
    <message>
        <source>Paid: payments received, in the month of enrollment. Refunded: in the month of the refund. Upcoming: each booked lesson still ahead, its share of the pack&apos;s price, in the lesson&apos;s month. Amounts in euros, months in %1.</source>
        <translation>Payé&#xa0;: paiements reçus, au mois de l&apos;inscription. Remboursé&#xa0;: au mois du remboursement. À venir&#xa0;: chaque leçon réservée encore à venir, sa part du prix du pack, au mois de la leçon. Montants en euros, mois en %1.</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Enrollments in your packs</source>
        <translation>Inscriptions à vos packs</translation>
    </message>
    <message>
        <source>No student has enrolled in your packs yet.</source>
        <translation>Aucun élève ne s&apos;est encore inscrit à vos packs.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::GenerateSlotsDialog</name>
    <message>
        <source>Generate lessons</source>
        <translation>Générer des leçons</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Session mode</source>
        <translation>Mode de séance</translation>
    </message>
    <message>
        <source>&amp;Course pack:</source>
        <translation>&amp;Pack de cours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Lessons are opened in your availability windows, in your time zone (%1). Times that already hold a lesson are skipped.</source>
        <translation>Les leçons sont ouvertes dans vos plages de disponibilité, dans votre fuseau horaire (%1). Les horaires qui ont déjà une leçon sont ignorés.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::LessonDialog</name>
    <message>
        <source>Course pack</source>
        <translation>Pack de cours</translation>
    </message>
    <message>
        <source>As the availability says</source>
        <translation>Selon les disponibilités</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lesson length in minutes</source>
        <translation>Durée de la leçon en minutes</translation>
    </message>
    <message>
        <source>Dialog message</source>
        <translation>Message de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Your lessons and screening meetings, in your time zone.</source>
        <translation>Vos leçons et entretiens préalables, dans votre fuseau horaire.</translation>
    </message>
    <message>
        <source>Lessons and screening</source>
        <translation>Leçons et entretiens</translation>
    </message>
    <message>
        <source>Generate lessons…</source>
        <translation>Générer des leçons…</translation>
    </message>
    <message>
        <source>Generate lessons from availability</source>
        <translation>Générer des leçons à partir des disponibilités</translation>
    </message>
    <message>
        <source>Add lesson…</source>
        <translation>Ajouter une leçon…</translation>
    </message>
    <message>
        <source>Add a single lesson</source>
        <translation>Ajouter une seule leçon</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Marquer terminée</translation>
    </message>
    <message>
        <source>Mark lesson completed</source>
        <translation>Marquer la leçon comme terminée</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Cancel lesson</source>
        <translation>Annuler la leçon</translation>
    </message>
    <message>
        <source>Place / link…</source>
        <translation>Lieu / lien…</translation>
    </message>
    <message>
        <source>Set place or meeting link</source>
        <translation>Définir le lieu ou le lien de réunion</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete free lesson</source>
        <translation>Supprimer la leçon libre</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exporter le calendrier…</translation>
    </message>
    <message>
        <source>Export lessons as iCalendar file</source>
        <translation>Exporter les leçons dans un fichier iCalendar</translation>
    </message>
    <message>
        <source>Lessons week</source>
        <translation>Semaine des leçons</translation>
    </message>
    <message>
        <source>No lessons this week. Generate them from your availability.</source>
        <translation>Aucune leçon cette semaine. Générez-les à partir de vos disponibilités.</translation>
    </message>
    <message>
        <source>Lessons of the week</source>
        <translation>Leçons de la semaine</translation>
    </message>
    <message>
        <source>No lessons this week.</source>
        <translation>Aucune leçon cette semaine.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Approve screening meeting</source>
        <translation>Approuver l&apos;entretien préalable</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Reject screening request</source>
        <translation>Refuser la demande d&apos;entretien</translation>
    </message>
    <message>
        <source>Screening requests</source>
        <translation>Demandes d&apos;entretien</translation>
    </message>
    <message>
        <source>No screening requests. Packs that require screening get them here.</source>
        <translation>Aucune demande d&apos;entretien. Les packs qui exigent un entretien préalable les reçoivent ici.</translation>
    </message>
    <message>
        <source>Export lessons</source>
        <translation>Exporter les leçons</translation>
    </message>
    <message>
        <source>tutorhub-lessons.ics</source>
        <translation>tutorhub-lecons.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The lesson has not started yet.</source>
        <translation>La leçon n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>Propose another time…</source>
        <translation>Proposer un autre horaire…</translation>
    </message>
    <message>
        <source>Propose another screening time</source>
        <translation>Proposer un autre horaire d&apos;entretien préalable</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::LocationDialog</name>
    <message>
        <source>Place and meeting link</source>
        <translation>Lieu et lien de réunion</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Address or details</source>
        <translation>Adresse ou précisions</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Lien de réunion</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Précisions&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting &amp;link:</source>
        <translation>Lien de ré&amp;union&#xa0;:</translation>
    </message>
    <message>
        <source>The meeting link must be a web address starting with https://.</source>
        <translation>Le lien de réunion doit être une adresse web commençant par https://.</translation>
    </message>
    <message>
        <source>Enter the address or a description of the place.</source>
        <translation>Saisissez l&apos;adresse ou une description du lieu.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::MaterialDialog</name>
    <message>
        <source>Add material</source>
        <translation>Ajouter un support</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>Modifier le support</translation>
    </message>
    <message>
        <source>Material message</source>
        <translation>Message du support</translation>
    </message>
    <message>
        <source>Material title</source>
        <translation>Titre du support</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>Type de support</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose file to upload</source>
        <translation>Choisir le fichier à envoyer</translation>
    </message>
    <message>
        <source>Material description</source>
        <translation>Description du support</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Address or file:</source>
        <translation>Adresse ou fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Visible to you, to students whose enrollment in this pack is active or completed, and to administrators.</source>
        <translation>Visible par vous, par les élèves dont l&apos;inscription à ce pack est active ou terminée, et par les administrateurs.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save material</source>
        <translation>Enregistrer le support</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Will upload “%1” (%2 KB).</source>
        <translation>«&#xa0;%1&#xa0;» sera envoyé (%2 Ko).</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>This server does not accept file uploads: put the file online (a shared drive or your website) and paste its web address.</source>
        <translation>Ce serveur n&apos;accepte pas l&apos;envoi de fichiers&#xa0;: mettez le fichier en ligne (un espace de partage ou votre site web) et collez son adresse web.</translation>
    </message>
    <message>
        <source>Why there is no upload</source>
        <translation>Pourquoi il n&apos;y a pas d&apos;envoi de fichier</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::PackEditorDialog</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>New course pack</source>
        <translation>Nouveau pack de cours</translation>
    </message>
    <message>
        <source>Edit course pack</source>
        <translation>Modifier le pack de cours</translation>
    </message>
    <message>
        <source>Pack editor message</source>
        <translation>Message de l&apos;éditeur de pack</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price per lesson in euros</source>
        <translation>Prix par leçon en euros</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Minimum lessons per week</source>
        <translation>Minimum de leçons par semaine</translation>
    </message>
    <message>
        <source>Maximum lessons per day</source>
        <translation>Maximum de leçons par jour</translation>
    </message>
    <message>
        <source>Lessons in the pack</source>
        <translation>Leçons du pack</translation>
    </message>
    <message>
        <source>Period length</source>
        <translation>Durée de la période</translation>
    </message>
    <message>
        <source>Period unit</source>
        <translation>Unité de la période</translation>
    </message>
    <message>
        <source>Students need an approved screening meeting before enrolling</source>
        <translation>Les élèves ont besoin d&apos;un entretien préalable approuvé avant de s&apos;inscrire</translation>
    </message>
    <message>
        <source>Screening required</source>
        <translation>Entretien préalable exigé</translation>
    </message>
    <message>
        <source>Published (students can find and book it)</source>
        <translation>Publié (les élèves peuvent le trouver et le réserver)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Price per lesson:</source>
        <translation>&amp;Prix par leçon&#xa0;:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Euro (EUR)</source>
        <translation>Euro (EUR)</translation>
    </message>
    <message>
        <source>&amp;Scheduling:</source>
        <translation>Pla&amp;nification&#xa0;:</translation>
    </message>
    <message>
        <source>Lessons per &amp;week, at least:</source>
        <translation>Leçons par &amp;semaine, au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Lessons per da&amp;y, at most:</source>
        <translation>Leçons par &amp;jour, au plus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lessons in the pack:</source>
        <translation>&amp;Leçons dans le pack&#xa0;:</translation>
    </message>
    <message>
        <source>Within a period of:</source>
        <translation>Sur une période de&#xa0;:</translation>
    </message>
    <message>
        <source>Create pack</source>
        <translation>Créer le pack</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation>Enregistrer le pack</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Moderation: %1. %2</source>
        <translation>Modération&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Choisissez une catégorie…</translation>
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
        <translation>Voici ce que les élèves voient de vous dans le catalogue.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Matières</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Mathematics, Physics</source>
        <translation>Séparées par des virgules, p. ex. Mathématiques, Physique</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Photo link</source>
        <translation>Lien de la photo</translation>
    </message>
    <message>
        <source>Upload photo…</source>
        <translation>Envoyer une photo…</translation>
    </message>
    <message>
        <source>Upload photo</source>
        <translation>Envoyer une photo</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subjects:</source>
        <translation>&amp;Matières&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Certifications&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Experience:</source>
        <translation>&amp;Expérience&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>&amp;Biographie&#xa0;:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Preview as students see it</source>
        <translation>Aperçu tel que le voient les élèves</translation>
    </message>
    <message>
        <source>Preview — as students see you</source>
        <translation>Aperçu — tel que les élèves vous voient</translation>
    </message>
    <message>
        <source>Photo preview</source>
        <translation>Aperçu de la photo</translation>
    </message>
    <message>
        <source>Profile preview</source>
        <translation>Aperçu du profil</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>Certifications:</source>
        <translation>Certifications&#xa0;:</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Expérience&#xa0;:</translation>
    </message>
    <message>
        <source>Teaches: %1</source>
        <translation>Enseigne&#xa0;: %1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Photo not found</source>
        <translation>Photo introuvable</translation>
    </message>
    <message>
        <source>This server does not accept photo uploads: paste the web address of a photo that is already online.</source>
        <translation>Ce serveur n&apos;accepte pas l&apos;envoi de photos&#xa0;: collez l&apos;adresse web d&apos;une photo déjà en ligne.</translation>
    </message>
    <message>
        <source>Why there is no photo upload</source>
        <translation>Pourquoi il n&apos;y a pas d&apos;envoi de photo</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::ScreeningDecisionDialog</name>
    <message>
        <source>Approve screening meeting</source>
        <translation>Approuver l&apos;entretien préalable</translation>
    </message>
    <message>
        <source>Reject screening request</source>
        <translation>Refuser la demande d&apos;entretien</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>%1 asks to join “%2”.</source>
        <translation>%1 demande à rejoindre «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A student</source>
        <translation>Un élève</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Heure de l&apos;entretien</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Lien de réunion</translation>
    </message>
    <message>
        <source>&amp;When (%1):</source>
        <translation>&amp;Quand (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting &amp;link:</source>
        <translation>Lien de ré&amp;union&#xa0;:</translation>
    </message>
    <message>
        <source>Comment for the student</source>
        <translation>Commentaire pour l&apos;élève</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>The meeting must take place in the future.</source>
        <translation>L&apos;entretien doit avoir lieu dans le futur.</translation>
    </message>
    <message>
        <source>Enter the meeting link (https://…) so that the student can join.</source>
        <translation>Saisissez le lien de réunion (https://…) pour que l&apos;élève puisse la rejoindre.</translation>
    </message>
    <message>
        <source>Tell the student briefly why the request is rejected.</source>
        <translation>Expliquez brièvement à l&apos;élève pourquoi la demande est refusée.</translation>
    </message>
    <message>
        <source>Propose another screening time</source>
        <translation>Proposer un autre horaire d&apos;entretien préalable</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>The student&apos;s proposed times</source>
        <translation>Les horaires proposés par l&apos;élève</translation>
    </message>
    <message>
        <source>Another time</source>
        <translation>Un autre horaire</translation>
    </message>
    <message>
        <source>&amp;Proposed times:</source>
        <translation>Horaires &amp;proposés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::SingleSlotDialog</name>
    <message>
        <source>Add a lesson</source>
        <translation>Ajouter une leçon</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>Ajouter la leçon</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Session mode</source>
        <translation>Mode de séance</translation>
    </message>
    <message>
        <source>&amp;Course pack:</source>
        <translation>&amp;Pack de cours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Début (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::TutorPage</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation>Message de la page</translation>
    </message>
</context>
</TS>
