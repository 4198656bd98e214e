<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>The chat is not available: sign in again to use it.</source>
        <translation>El chat no está disponible: vuelva a iniciar sesión para usarlo.</translation>
    </message>
    <message>
        <source>Chat unavailable</source>
        <translation>Chat no disponible</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat (%1 unread)</source>
        <translation>Chat (sin leer: %1)</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Nuevo mensaje de %1</translation>
    </message>
    <message>
        <source>Worked examples, chapter 3</source>
        <translation>Ejercicios resueltos, capítulo 3</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message>
        <source>Could we meet a little later?</source>
        <translation>¿Podríamos vernos un poco más tarde?</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::ApiError</name>
    <message>
        <source>The TutorHub server did not answer in time. Check your connection and try again.</source>
        <translation>El servidor de TutorHub no respondió a tiempo. Compruebe su conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The TutorHub server at %1 did not answer in time. Check your connection and try again.</source>
        <translation>El servidor de TutorHub en %1 no respondió a tiempo. Compruebe su conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server sent an answer TutorHub cannot read. Check that the selected environment is a TutorHub server, or try again later.</source>
        <translation>El servidor envió una respuesta que TutorHub no puede leer. Compruebe que el entorno elegido es un servidor de TutorHub o inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer TutorHub cannot read. Check that the selected environment is a TutorHub server, or try again later.</source>
        <translation>El servidor en %1 envió una respuesta que TutorHub no puede leer. Compruebe que el entorno elegido es un servidor de TutorHub o inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La solicitud se ha cancelado.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check your computer&apos;s date and time and your network, then try again.</source>
        <translation>No se pudo establecer una conexión segura con %1. Compruebe la fecha y la hora de su ordenador y su red, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address of the environment and your internet connection.</source>
        <translation>No se encuentra el servidor %1. Compruebe la dirección del entorno y su conexión a Internet.</translation>
    </message>
    <message>
        <source>Cannot reach the local TutorHub server at %1. Restart TutorHub; if this keeps happening, choose another environment.</source>
        <translation>No se puede conectar con el servidor local de TutorHub en %1. Reinicie TutorHub; si el problema persiste, elija otro entorno.</translation>
    </message>
    <message>
        <source>Cannot reach the TutorHub server. Check your internet connection and try again.</source>
        <translation>No se puede conectar con el servidor de TutorHub. Compruebe su conexión a Internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reach the TutorHub server at %1. Check your internet connection and try again.</source>
        <translation>No se puede conectar con el servidor de TutorHub en %1. Compruebe su conexión a Internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>No ha iniciado sesión o su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Your e-mail address is not verified yet. Verify it with the code we sent you, then sign in again.</source>
        <translation>Su dirección de correo electrónico aún no está verificada. Verifíquela con el código que le enviamos y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This account is suspended. Contact %1 to find out why and how to restore it.</source>
        <translation>Esta cuenta está suspendida. Póngase en contacto con %1 para saber el motivo y cómo restablecerla.</translation>
    </message>
    <message>
        <source>This account has been banned. Contact %1 if you think this is a mistake.</source>
        <translation>Esta cuenta ha sido vetada. Póngase en contacto con %1 si cree que se trata de un error.</translation>
    </message>
    <message>
        <source>This account has been closed. Contact %1 if you want to reopen it.</source>
        <translation>Esta cuenta se ha cerrado. Póngase en contacto con %1 si desea reabrirla.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask an administrator if you need access.</source>
        <translation>No tiene permiso para hacer esto. Pregunte a un administrador si necesita acceso.</translation>
    </message>
    <message>
        <source>This user does not exist or has been removed.</source>
        <translation>Este usuario no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>The requested item could not be found. It may have been removed; reload and try again.</source>
        <translation>No se encuentra el elemento solicitado. Puede que se haya eliminado; recargue e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Sign in instead, or reset the password if you forgot it.</source>
        <translation>Ya existe una cuenta con esta dirección de correo electrónico. Inicie sesión o restablezca la contraseña si la ha olvidado.</translation>
    </message>
    <message>
        <source>The server could not read the request. Try again; if this keeps happening, update TutorHub.</source>
        <translation>El servidor no pudo leer la solicitud. Inténtelo de nuevo; si el problema persiste, actualice TutorHub.</translation>
    </message>
    <message>
        <source>A required field is empty. Fill in all required fields and try again.</source>
        <translation>Hay un campo obligatorio vacío. Rellene todos los campos obligatorios e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>One of the values entered is not valid. Check your input and try again.</source>
        <translation>Uno de los valores introducidos no es válido. Revise los datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>One of the texts entered is too long. Shorten it and try again.</source>
        <translation>Uno de los textos introducidos es demasiado largo. Acórtelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This is too large to send. Use a smaller file or a shorter text.</source>
        <translation>Es demasiado grande para enviarlo. Use un archivo más pequeño o un texto más corto.</translation>
    </message>
    <message>
        <source>Choose a password with 8 to 128 characters.</source>
        <translation>Elija una contraseña de 8 a 128 caracteres.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as name@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico válida, como name@example.com.</translation>
    </message>
    <message>
        <source>A code was sent less than a minute ago. Wait a minute before asking for a new one.</source>
        <translation>Se envió un código hace menos de un minuto. Espere un minuto antes de pedir uno nuevo.</translation>
    </message>
    <message>
        <source>The code is not correct. Check the code and try again.</source>
        <translation>El código no es correcto. Compruébelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation>El código ha caducado. Pida un código nuevo.</translation>
    </message>
    <message>
        <source>There is no code waiting for this e-mail address. Ask for a new code first.</source>
        <translation>No hay ningún código pendiente para esta dirección de correo electrónico. Pida primero un código nuevo.</translation>
    </message>
    <message>
        <source>This e-mail address is already verified. You can sign in.</source>
        <translation>Esta dirección de correo electrónico ya está verificada. Puede iniciar sesión.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>Phone numbers are not supported. Use your e-mail address instead.</source>
        <translation>No se admiten números de teléfono. Use su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The server did not accept this request. Check your input and try again.</source>
        <translation>El servidor no aceptó esta solicitud. Revise los datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This conflicts with a change made in the meantime. Reload and try again.</source>
        <translation>Esto entra en conflicto con un cambio realizado mientras tanto. Recargue e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many requests in a short time. Wait a moment and try again.</source>
        <translation>Demasiadas solicitudes en poco tiempo. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The TutorHub server has a problem (error %1). Try again in a few minutes.</source>
        <translation>El servidor de TutorHub tiene un problema (error %1). Inténtelo de nuevo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (%1). Try again later.</source>
        <translation>El servidor respondió con un error inesperado (%1). Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The server answered with enrollments that do not belong to the person or course you are acting on (it does not apply its &quot;%1&quot; filter), so TutorHub stopped before canceling or refunding anything. Nothing was changed by this step. Tell the operator of this server; try again once it is fixed.</source>
        <translation>El servidor devolvió inscripciones que no pertenecen a la persona o al curso en cuestión (no aplica su filtro «%1»), así que TutorHub se detuvo antes de cancelar o reembolsar nada. Este paso no ha cambiado nada. Avise al responsable de este servidor y vuelva a intentarlo cuando esté corregido.</translation>
    </message>
    <message>
        <source>The server canceled enrollments that do not belong to the person or course you are acting on, so TutorHub stopped. Check the canceled enrollments in the enrollment list and tell the operator of this server.</source>
        <translation>El servidor canceló inscripciones que no pertenecen a la persona o al curso en cuestión, así que TutorHub se detuvo. Revise las inscripciones canceladas en la lista de inscripciones y avise al responsable de este servidor.</translation>
    </message>
    <message>
        <source>The server sent the same rows again when TutorHub read the next page of a list, so TutorHub stopped before changing anything. Tell the operator of this server; try again once it is fixed.</source>
        <translation>El servidor volvió a enviar las mismas filas cuando TutorHub leyó la página siguiente de una lista, así que TutorHub se detuvo antes de cambiar nada. Avise al responsable de este servidor y vuelva a intentarlo cuando esté corregido.</translation>
    </message>
    <message>
        <source>A canceled enrollment is still marked as paid. Resume to check again; if it stays, refund it from the enrollment list.</source>
        <translation>Una inscripción cancelada sigue marcada como pagada. Reanude para comprobarlo de nuevo; si sigue así, reembólsela desde la lista de inscripciones.</translation>
    </message>
    <message>
        <source>This enrollment is not paid or is already canceled, so there is nothing to refund.</source>
        <translation>Esta inscripción no está pagada o ya está cancelada: no hay nada que reembolsar.</translation>
    </message>
    <message>
        <source>This refund request was already decided.</source>
        <translation>Esta solicitud de reembolso ya se ha resuelto.</translation>
    </message>
    <message>
        <source>This sign-in is not finished yet. Enter the code we sent you, or sign in again.</source>
        <translation>Este inicio de sesión aún no ha terminado. Introduzca el código que le hemos enviado o vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are offline: booking needs the server. Try again when the connection is back.</source>
        <translation>Está sin conexión: la reserva necesita el servidor. Inténtelo de nuevo cuando vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::Environment</name>
    <message>
        <source>Local (on this computer)</source>
        <translation>Local (en este ordenador)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Preproducción</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Custom server (%1)</source>
        <extracomment>%1 is a server address such as https://tutorhub.example.org</extracomment>
        <translation>Servidor personalizado (%1)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::RealtimeConnection</name>
    <message>
        <source>Chat offline</source>
        <translation>Chat sin conexión</translation>
    </message>
    <message>
        <source>Connecting to chat…</source>
        <translation>Conectando con el chat…</translation>
    </message>
    <message>
        <source>Chat connected</source>
        <translation>Chat conectado</translation>
    </message>
    <message numerus="yes">
        <source>This server has no live chat: messages are refreshed every %n s and cannot be sent from the app</source>
        <translation>
            <numerusform>Este servidor no tiene chat en directo: los mensajes se actualizan cada %n s y no se pueden enviar desde la aplicación</numerusform>
            <numerusform>Este servidor no tiene chat en directo: los mensajes se actualizan cada %n s y no se pueden enviar desde la aplicación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chat disconnected: reconnecting in %n s</source>
        <translation>
            <numerusform>Chat desconectado: reconexión en %n s</numerusform>
            <numerusform>Chat desconectado: reconexión en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat disconnected: reconnecting…</source>
        <translation>Chat desconectado: reconectando…</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::StripeClient</name>
    <message>
        <source>Card payments are not set up correctly for this environment: the payment service refused the app&apos;s key. Tell your TutorHub administrator; nothing was charged.</source>
        <translation>Los pagos con tarjeta no están bien configurados para este entorno: el servicio de pago rechazó la clave de la aplicación. Avise a su administrador de TutorHub; no se ha cobrado nada.</translation>
    </message>
    <message>
        <source>There were too many payment attempts. Wait a minute and try again; nothing was charged.</source>
        <translation>Ha habido demasiados intentos de pago. Espere un minuto y vuelva a intentarlo; no se ha cobrado nada.</translation>
    </message>
    <message>
        <source>Your bank did not confirm the payment and nothing was charged. Pay again to retry, or use another card.</source>
        <translation>Su banco no confirmó el pago y no se ha cobrado nada. Vuelva a pagar para intentarlo de nuevo o use otra tarjeta.</translation>
    </message>
    <message>
        <source>This is a test environment: real cards are not accepted here. Use one of the test cards shown below.</source>
        <translation>Este es un entorno de pruebas: aquí no se aceptan tarjetas reales. Use una de las tarjetas de prueba indicadas abajo.</translation>
    </message>
    <message>
        <source>The card was declined and nothing was charged. Try another card.</source>
        <translation>La tarjeta fue rechazada y no se ha cobrado nada. Pruebe con otra tarjeta.</translation>
    </message>
    <message>
        <source>The card has expired and nothing was charged. Use another card.</source>
        <translation>La tarjeta ha caducado y no se ha cobrado nada. Use otra tarjeta.</translation>
    </message>
    <message>
        <source>The security code is not correct and nothing was charged. Check the digits on the back of the card.</source>
        <translation>El código de seguridad no es correcto y no se ha cobrado nada. Compruebe los dígitos del dorso de la tarjeta.</translation>
    </message>
    <message>
        <source>The card number is not correct. Check it and try again.</source>
        <translation>El número de tarjeta no es correcto. Compruébelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The expiry date is not valid. Check the month and year printed on the card.</source>
        <translation>La fecha de caducidad no es válida. Compruebe el mes y el año impresos en la tarjeta.</translation>
    </message>
    <message>
        <source>The card could not be processed and nothing was charged. Try again in a moment.</source>
        <translation>No se pudo procesar la tarjeta y no se ha cobrado nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The card was not accepted and nothing was charged. Try another card.</source>
        <translation>La tarjeta no fue aceptada y no se ha cobrado nada. Pruebe con otra tarjeta.</translation>
    </message>
    <message>
        <source>The payment service has a problem right now and nothing was charged. Try again in a few minutes.</source>
        <translation>El servicio de pago tiene un problema en este momento y no se ha cobrado nada. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The payment could not go ahead and nothing was charged. Close this window and pay again from My learning.</source>
        <translation>El pago no pudo continuar y no se ha cobrado nada. Cierre esta ventana y vuelva a pagar desde Mi aprendizaje.</translation>
    </message>
    <message>
        <source>The payment service could not be reached and nothing was charged. Check your connection and try again.</source>
        <translation>No se pudo contactar con el servicio de pago y no se ha cobrado nada. Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::StripeConfig</name>
    <message>
        <source>Card payments are not set up for %1: this app has no Stripe publishable key for it. Ask your TutorHub administrator for the key and add it to the settings as “%2”.</source>
        <translation>Los pagos con tarjeta no están configurados para %1: esta aplicación no tiene una clave pública de Stripe para él. Pida la clave a su administrador de TutorHub y añádala a la configuración como «%2».</translation>
    </message>
</context>
<context>
    <name>tutorhub::api::TokenStore</name>
    <message>
        <source>TutorHub could not use your keyring to remember your sign-in. You will need to sign in again next time.</source>
        <translation>TutorHub no pudo usar su llavero para recordar su inicio de sesión. Tendrá que volver a iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>Your system has no keyring service, so TutorHub cannot remember your sign-in. You will need to sign in again next time.</source>
        <translation>Su sistema no tiene servicio de llavero, por lo que TutorHub no puede recordar su inicio de sesión. Tendrá que volver a iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>TutorHub was not allowed to use your keyring, so it cannot remember your sign-in. You will need to sign in again next time.</source>
        <translation>TutorHub no tiene permiso para usar su llavero, por lo que no puede recordar su inicio de sesión. Tendrá que volver a iniciar sesión la próxima vez.</translation>
    </message>
</context>
<context>
    <name>tutorhub::app::Application</name>
    <message>
        <source>You have signed out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>Your saved sign-in is no longer valid. Sign in again to continue.</source>
        <translation>Su inicio de sesión guardado ya no es válido. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>Starting the local TutorHub server…</source>
        <translation>Iniciando el servidor local de TutorHub…</translation>
    </message>
    <message>
        <source>Signing you in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>This account signs in with a code sent by e-mail. Sign in here to receive it.</source>
        <translation>Esta cuenta inicia sesión con un código enviado por correo electrónico. Inicie sesión aquí para recibirlo.</translation>
    </message>
    <message>
        <source>The server no longer accepts the sign-in this app remembered: the account was signed out elsewhere or its password was changed while you were offline. Sign in again to continue; messages you wrote offline are kept and sent after you sign in.</source>
        <translation>El servidor ya no acepta el inicio de sesión que esta aplicación recordaba: se cerró la sesión de la cuenta en otro lugar o se cambió su contraseña mientras estaba sin conexión. Inicie sesión de nuevo para continuar; los mensajes que escribió sin conexión se conservan y se envían después de iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>tutorhub::app::CommandLine</name>
    <message>
        <source>Server to use: local, preview, staging, production or custom.</source>
        <translation>Servidor que se usará: local, preview, staging, production o custom.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Address of the server: the host of the custom environment, or an already running local server to use instead of starting one.</source>
        <translation>Dirección del servidor: el host del entorno personalizado o un servidor local ya en marcha que se usará en lugar de iniciar uno.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Folder for the settings and the local server&apos;s data (default: the standard application data folder).</source>
        <translation>Carpeta para la configuración y los datos del servidor local (por defecto: la carpeta estándar de datos de la aplicación).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Fill a new local server with demo accounts and courses.</source>
        <translation>Llenar un servidor local nuevo con cuentas y cursos de demostración.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>TutorHub Desktop: learn and teach with tutors.</source>
        <translation>TutorHub Desktop: aprender y enseñar con tutores.</translation>
    </message>
    <message>
        <source>The command line is not valid: %1 Use --help to see the options.</source>
        <translation>La línea de comandos no es válida: %1 Use --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Use --help to see the options.</source>
        <translation>Argumento inesperado «%1». Use --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;. Choose local, preview, staging, production or custom.</source>
        <translation>Entorno desconocido «%1». Elija local, preview, staging, production o custom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a form like https://tutorhub.example.org or http://127.0.0.1:8080.</source>
        <translation>«%1» no es una dirección de servidor. Use un formato como https://tutorhub.example.org o http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>The custom environment needs a server address: add --server-url.</source>
        <translation>El entorno personalizado necesita una dirección de servidor: añada --server-url.</translation>
    </message>
    <message>
        <source>--server-url can only be used with the local or the custom environment.</source>
        <translation>--server-url solo se puede usar con el entorno local o el personalizado.</translation>
    </message>
    <message>
        <source>%1 uses plain http, which would send your password unencrypted over the network. Use an https:// address; http is allowed only for a server on this computer.</source>
        <translation>%1 usa http simple, que enviaría su contraseña sin cifrar por la red. Use una dirección https://; http solo se permite para un servidor en este ordenador.</translation>
    </message>
    <message>
        <source>--demo applies to a local server that TutorHub starts itself; it cannot be combined with --server-url.</source>
        <translation>--demo se aplica a un servidor local que TutorHub inicia por sí mismo; no se puede combinar con --server-url.</translation>
    </message>
    <message>
        <source>TutorHub Desktop %1</source>
        <translation>TutorHub Desktop %1</translation>
    </message>
    <message>
        <source>Language of the windows: en, de, fr or es (default: the one chosen in the app, else the system language).</source>
        <translation>Idioma de las ventanas: en, de, fr o es (por defecto: el elegido en la aplicación o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Choose en (English), de (Deutsch), fr (Français) or es (Español).</source>
        <translation>Idioma desconocido «%1». Elija en (English), de (Deutsch), fr (Français) o es (Español).</translation>
    </message>
    <message>
        <source>Appearance of the windows: system, light, dark or high-contrast (default: the one chosen in the app, else the system&apos;s).</source>
        <translation>Apariencia de las ventanas: system, light, dark o high-contrast (por defecto: la elegida en la aplicación, si no, la del sistema).</translation>
    </message>
    <message>
        <source>Unknown appearance &quot;%1&quot;. Choose system, light, dark or high-contrast.</source>
        <translation>Apariencia «%1» desconocida. Elija system, light, dark o high-contrast.</translation>
    </message>
</context>
<context>
    <name>tutorhub::app::LocalServer</name>
    <message numerus="yes">
        <source>The local server did not start within %n second(s). Try again, or choose another server.</source>
        <translation>
            <numerusform>El servidor local no se inició en %n segundo. Inténtelo de nuevo o elija otro servidor.</numerusform>
            <numerusform>El servidor local no se inició en %n segundos. Inténtelo de nuevo o elija otro servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>TutorHub could not find its local server program (tutorhub-server). Reinstall TutorHub, or choose another server.</source>
        <translation>TutorHub no encontró su programa de servidor local (tutorhub-server). Vuelva a instalar TutorHub o elija otro servidor.</translation>
    </message>
    <message>
        <source>TutorHub could not create the folder for the local server&apos;s data (%1). Check that you may write there.</source>
        <translation>TutorHub no pudo crear la carpeta de datos del servidor local (%1). Compruebe que tiene permiso de escritura en ella.</translation>
    </message>
    <message>
        <source>Another program answered in place of TutorHub&apos;s local server, so TutorHub did not connect to it. Try again, or choose another server.</source>
        <translation>Otro programa respondió en lugar del servidor local de TutorHub, por lo que TutorHub no se conectó a él. Inténtelo de nuevo o elija otro servidor.</translation>
    </message>
    <message>
        <source>The local server stopped while starting. Try again, or choose another server.</source>
        <translation>El servidor local se detuvo durante el inicio. Inténtelo de nuevo o elija otro servidor.</translation>
    </message>
    <message>
        <source>The local server stopped while starting (exit code %1). Another program may be using its data folder, or the folder may be damaged. Try again, or choose another server.</source>
        <translation>El servidor local se detuvo durante el inicio (código de salida %1). Puede que otro programa esté usando su carpeta de datos o que la carpeta esté dañada. Inténtelo de nuevo o elija otro servidor.</translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly. Sign in again to restart it, or choose another server.</source>
        <translation>El servidor local se detuvo inesperadamente. Vuelva a iniciar sesión para reiniciarlo o elija otro servidor.</translation>
    </message>
    <message>
        <source>The local server program could not be started. Check that TutorHub is installed completely, or choose another server.</source>
        <translation>No se pudo iniciar el programa del servidor local. Compruebe que TutorHub está instalado por completo o elija otro servidor.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::BusyTimes</name>
    <message>
        <source>An event in the file (“%1”) has no start time, so the file cannot be read. Export it again from your calendar program.</source>
        <translation>Un evento del archivo («%1») no tiene hora de inicio, por lo que el archivo no se puede leer. Expórtelo de nuevo desde su programa de calendario.</translation>
    </message>
    <message>
        <source>The event “%1” uses a time zone the file does not describe (%2). Export the calendar again with its time zones included.</source>
        <translation>El evento «%1» usa una zona horaria que el archivo no describe (%2). Exporte de nuevo el calendario con sus zonas horarias.</translation>
    </message>
    <message>
        <source>The event “%1” has a start time that cannot be read. Export the calendar again from your calendar program.</source>
        <translation>La hora de inicio del evento «%1» no se puede leer. Exporte de nuevo el calendario desde su programa de calendario.</translation>
    </message>
    <message>
        <source>The repeat rule of the event “%1” cannot be read. Export the calendar again from your calendar program.</source>
        <translation>La regla de repetición del evento «%1» no se puede leer. Exporte de nuevo el calendario desde su programa de calendario.</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>This file is not an iCalendar (.ics) file. Choose a file exported from a calendar program.</source>
        <translation>Este archivo no es un archivo iCalendar (.ics). Elija un archivo exportado desde un programa de calendario.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Export a shorter period from your calendar program and import that file.</source>
        <translation>El archivo supera %1 MB. Exporte un periodo más corto desde su programa de calendario e importe ese archivo.</translation>
    </message>
    <message>
        <source>Choose a range of dates that ends on or after its first day and spans at most %1 days.</source>
        <translation>Elija un intervalo de fechas que no termine antes de su primer día y abarque como máximo %1 días.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read (%1). Export it again from your calendar program.</source>
        <translation>El archivo está dañado y no se puede leer (%1). Expórtelo de nuevo desde su programa de calendario.</translation>
    </message>
    <message>
        <source>The file has more than %1 busy times between these dates. Choose a shorter range of dates.</source>
        <translation>El archivo tiene más de %1 horas ocupadas entre estas fechas. Elija un intervalo más corto.</translation>
    </message>
    <message>
        <source>Busy times cannot be kept on this computer: the app has no data folder.</source>
        <translation>Las horas ocupadas no se pueden guardar en este equipo: la aplicación no tiene carpeta de datos.</translation>
    </message>
    <message>
        <source>Your busy times could not be read from %1 (%2).</source>
        <translation>No se pudieron leer sus horas ocupadas de %1 (%2).</translation>
    </message>
    <message>
        <source>The file of your busy times, %1, is damaged. Move it away and import your calendar again.</source>
        <translation>El archivo de sus horas ocupadas, %1, está dañado. Muévalo a otro lugar e importe de nuevo su calendario.</translation>
    </message>
    <message>
        <source>Your busy times could not be saved in %1 (%2).</source>
        <translation>No se pudieron guardar sus horas ocupadas en %1 (%2).</translation>
    </message>
    <message>
        <source>This busy time ends before it starts.</source>
        <translation>Esta hora ocupada termina antes de empezar.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::Chat</name>
    <message>
        <source>You are not part of this conversation.</source>
        <translation>Usted no participa en esta conversación.</translation>
    </message>
    <message>
        <source>Notices from the TutorHub team cannot be answered here. Use Help to contact the team.</source>
        <translation>Los avisos del equipo de TutorHub no se pueden responder aquí. Use Ayuda para contactar con el equipo.</translation>
    </message>
    <message>
        <source>This conversation is closed. You can read it but not send new messages.</source>
        <translation>Esta conversación está cerrada. Puede leerla, pero no enviar mensajes nuevos.</translation>
    </message>
    <message>
        <source>You cannot send messages in this conversation at the moment.</source>
        <translation>En este momento no puede enviar mensajes en esta conversación.</translation>
    </message>
    <message>
        <source>This server has no live chat service, so messages cannot be sent from the app. The message is kept: use Retry once the service is available.</source>
        <translation>Este servidor no tiene servicio de chat en directo, por lo que los mensajes no se pueden enviar desde la aplicación. El mensaje se conserva: use Reintentar cuando el servicio esté disponible.</translation>
    </message>
    <message>
        <source>You have been blocked in this conversation.</source>
        <translation>Le han bloqueado en esta conversación.</translation>
    </message>
    <message>
        <source>This message is too long. Shorten it and send it again.</source>
        <translation>Este mensaje es demasiado largo. Acórtelo y envíelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many messages in a short time. Wait a moment; they are sent automatically.</source>
        <translation>Demasiados mensajes en poco tiempo. Espere un momento; se enviarán automáticamente.</translation>
    </message>
    <message>
        <source>This message is too long (at most 4,000 characters).</source>
        <translation>Este mensaje es demasiado largo (4000 caracteres como máximo).</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ChatDownloader</name>
    <message>
        <source>“%1” could not be saved there: %2. Choose another folder.</source>
        <translation>No se pudo guardar «%1» ahí: %2. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ChatUploader</name>
    <message>
        <source>“%1” is not there any more. Choose the file again.</source>
        <translation>«%1» ya no existe. Vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check that you may open it, then try again.</source>
        <translation>No se puede leer «%1». Compruebe que puede abrirlo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” is empty. Choose a file with content.</source>
        <translation>«%1» está vacío. Elija un archivo con contenido.</translation>
    </message>
    <message>
        <source>“%1” is %2; chat files may be up to %3. Send a smaller file or share a link to it.</source>
        <translation>«%1» ocupa %2; los archivos del chat pueden ocupar hasta %3. Envíe un archivo más pequeño o comparta un enlace a él.</translation>
    </message>
    <message>
        <source>This server does not take files in the chat. Share a link to the file instead.</source>
        <translation>Este servidor no admite archivos en el chat. Comparta en su lugar un enlace al archivo.</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Abra primero una conversación.</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>No se pudo leer la imagen pegada.</translation>
    </message>
    <message>
        <source>The pasted image could not be saved for sending: %1</source>
        <translation>No se pudo guardar la imagen pegada para enviarla: %1</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most a chat file may have. Send a smaller file or share a link to it.</source>
        <translation>«%1» supera %2, el máximo para un archivo del chat. Envíe un archivo más pequeño o comparta un enlace a él.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ChatViewModel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>The chat is offline: the change was not saved. Try again when it is connected.</source>
        <translation>El chat está sin conexión: el cambio no se guardó. Inténtelo de nuevo cuando esté conectado.</translation>
    </message>
    <message>
        <source>The chat is offline: the message was not deleted. Try again when it is connected.</source>
        <translation>El chat está sin conexión: el mensaje no se eliminó. Inténtelo de nuevo cuando esté conectado.</translation>
    </message>
    <message>
        <source>Enter a valid link and, for a document, a file name.</source>
        <translation>Introduzca un enlace válido y, para un documento, un nombre de archivo.</translation>
    </message>
    <message>
        <source>A warning can be at most %1 characters long (this one has %2). Please shorten it and send it again.</source>
        <translation>Un aviso puede tener como máximo %1 caracteres (este tiene %2). Acórtelo y vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>The warning was sent.</source>
        <translation>La advertencia se ha enviado.</translation>
    </message>
    <message>
        <source>The chat is offline. Try again when it is connected.</source>
        <translation>El chat está sin conexión. Inténtelo de nuevo cuando esté conectado.</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> hasta %1</translation>
    </message>
    <message>
        <source>The restriction was lifted.</source>
        <translation>Se levantó la restricción.</translation>
    </message>
    <message>
        <source>%1 is blocked in this conversation%2.</source>
        <translation>%1 está bloqueado en esta conversación%2.</translation>
    </message>
    <message>
        <source>%1 is silenced in this conversation%2.</source>
        <translation>%1 está silenciado en esta conversación%2.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ConversationListModel</name>
    <message>
        <source>Message deleted</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>[Image] %1</source>
        <translation>[Imagen] %1</translation>
    </message>
    <message>
        <source>[Document] %1</source>
        <translation>[Documento] %1</translation>
    </message>
    <message>
        <source>TutorHub team (notices)</source>
        <translation>Equipo de TutorHub (avisos)</translation>
    </message>
    <message>
        <source>TutorHub team</source>
        <translation>Equipo de TutorHub</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n mensaje sin leer</numerusform>
            <numerusform>%1, %n mensajes sin leer</numerusform>
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
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing what was known at %1 (%2)</source>
        <extracomment>%1 the time (today) or date and time the rows were received, %2 how long ago (&quot;2 hours ago&quot;)</extracomment>
        <translation>Sin conexión — se muestran los datos de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::ICalendar</name>
    <message>
        <source>Lesson</source>
        <translation>Clase</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::Labels</name>
    <message>
        <source>Super administrator</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Vetado</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Sin solicitud</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexible</translation>
    </message>
    <message>
        <source>Fixed schedule</source>
        <translation>Horario fijo</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online or in person</source>
        <translation>En línea o presencial</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>At the student&apos;s home</source>
        <translation>En casa del estudiante</translation>
    </message>
    <message>
        <source>At the tutor&apos;s home</source>
        <translation>En casa del tutor</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Otro lugar</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Pendiente de decisión</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>No pagado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>No refund requested</source>
        <translation>Sin reembolso solicitado</translation>
    </message>
    <message>
        <source>Refund possible</source>
        <translation>Reembolso posible</translation>
    </message>
    <message>
        <source>No longer refundable</source>
        <translation>Ya no reembolsable</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation>Aprobado automáticamente</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Confirmation needed</source>
        <translation>Confirmación necesaria</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>Un curso</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Being investigated</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>User warned</source>
        <translation>Usuario advertido</translation>
    </message>
    <message>
        <source>Course edit required</source>
        <translation>Edición del curso necesaria</translation>
    </message>
    <message>
        <source>Course removed</source>
        <translation>Curso retirado</translation>
    </message>
    <message>
        <source>User suspended</source>
        <translation>Usuario suspendido</translation>
    </message>
    <message>
        <source>User banned</source>
        <translation>Usuario vetado</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Course pack</source>
        <translation>Paquete de curso</translation>
    </message>
    <message>
        <source>Tutor profile</source>
        <translation>Perfil de tutor</translation>
    </message>
    <message>
        <source>Course material</source>
        <translation>Material del curso</translation>
    </message>
    <message>
        <source>Edit required</source>
        <translation>Edición necesaria</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Advertido</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Mensaje del sistema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Hidden by a moderator</source>
        <translation>Ocultado por un moderador</translation>
    </message>
    <message>
        <source>Student and tutor</source>
        <translation>Estudiante y tutor</translation>
    </message>
    <message>
        <source>Administration to student</source>
        <translation>Administración a estudiante</translation>
    </message>
    <message>
        <source>Administration and tutor</source>
        <translation>Administración y tutor</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dinámico</translation>
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
        <translation>Agente</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
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
        <translation>Su clase</translation>
    </message>
    <message>
        <source>Lesson at %1</source>
        <extracomment>A reminder&apos;s title: %1 the lesson&apos;s start time in the user&apos;s time zone (&quot;14:00&quot;)</extracomment>
        <translation>Clase a las %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n minute(s) (%2).</source>
        <extracomment>A lesson reminder: %1 the course pack, %2 its date, time and time zone</extracomment>
        <translation>
            <numerusform>%1 empieza en %n minuto (%2).</numerusform>
            <numerusform>%1 empieza en %n minutos (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %2 starts in %n minute(s) (%3).</source>
        <extracomment>A lesson reminder: %1 the course pack, %2 the other person, %3 its date, time and time zone</extracomment>
        <translation>
            <numerusform>%1 con %2 empieza en %n minuto (%3).</numerusform>
            <numerusform>%1 con %2 empieza en %n minutos (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>TutorHub could not save which lesson reminders it has shown in %1 (%2); check that the folder is writable, or reminders may be shown again after a restart.</source>
        <translation>TutorHub no pudo guardar en %1 qué recordatorios de clase ya ha mostrado (%2); compruebe que se puede escribir en la carpeta, o los recordatorios podrían volver a aparecer tras reiniciar.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::MessageListModel</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Enviando: %1</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>Uploading, %1 %: %2</source>
        <translation>Subiendo, %1 %: %2</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::WorkspaceNavigationModel</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Chat in real time with the people you learn or teach with; unsent messages are kept until they are delivered.</source>
        <translation>Chatee en tiempo real con las personas con las que aprende o enseña; los mensajes no enviados se conservan hasta que se entregan.</translation>
    </message>
    <message>
        <source>Find a tutor</source>
        <translation>Buscar un tutor</translation>
    </message>
    <message>
        <source>Browse tutors and their course packs by subject, language and price, and book lesson slots that suit you.</source>
        <translation>Explore tutores y sus paquetes de curso por materia, idioma y precio, y reserve las franjas de clase que le convengan.</translation>
    </message>
    <message>
        <source>My learning</source>
        <translation>Mi aprendizaje</translation>
    </message>
    <message>
        <source>Follow your enrollments and upcoming lessons, pay for course packs and ask for a refund after the first lesson.</source>
        <translation>Siga sus inscripciones y próximas clases, pague los paquetes de curso y solicite un reembolso después de la primera clase.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Report a problem with a lesson, a payment or a tutor, and follow how it is handled.</source>
        <translation>Informe de un problema con una clase, un pago o un tutor, y siga cómo se gestiona.</translation>
    </message>
    <message>
        <source>Become a tutor</source>
        <translation>Hacerse tutor</translation>
    </message>
    <message>
        <source>Apply to teach on TutorHub and follow the review of your application.</source>
        <translation>Solicite enseñar en TutorHub y siga la revisión de su solicitud.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Keep your public tutor profile up to date: photo, biography, subjects and certifications.</source>
        <translation>Mantenga actualizado su perfil público de tutor: foto, biografía, materias y certificaciones.</translation>
    </message>
    <message>
        <source>Course packs</source>
        <translation>Paquetes de curso</translation>
    </message>
    <message>
        <source>Publish course packs with their price, lesson count and materials.</source>
        <translation>Publique paquetes de curso con su precio, número de clases y materiales.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Set your weekly availability in your own time zone; students book the slots you open.</source>
        <translation>Defina su disponibilidad semanal en su propia zona horaria; los estudiantes reservan las franjas que usted abre.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Run your booked lessons and screening meetings and mark them as completed.</source>
        <translation>Imparta sus clases reservadas y reuniones previas, y márquelas como completadas.</translation>
    </message>
    <message>
        <source>Students &amp; earnings</source>
        <translation>Estudiantes e ingresos</translation>
    </message>
    <message>
        <source>See who is enrolled in your course packs and what you have earned.</source>
        <translation>Vea quién está inscrito en sus paquetes de curso y cuánto ha ganado.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>An overview of what needs attention on the platform today.</source>
        <translation>Un resumen de lo que requiere atención hoy en la plataforma.</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Triage problems reported by students and tutors, reply and resolve them.</source>
        <translation>Clasifique los problemas notificados por estudiantes y tutores, respóndalos y resuélvalos.</translation>
    </message>
    <message>
        <source>Tutor applications</source>
        <translation>Solicitudes de tutor</translation>
    </message>
    <message>
        <source>Review tutor applications and approve or reject them with a note.</source>
        <translation>Revise las solicitudes de tutor y apruébelas o rechácelas con una nota.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Find users, change roles, warn, suspend or reactivate accounts.</source>
        <translation>Busque usuarios, cambie roles, advierta, suspenda o reactive cuentas.</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Moderate course packs; unpublishing one cancels its lessons and refunds its students.</source>
        <translation>Modere los paquetes de curso; despublicar uno cancela sus clases y reembolsa a sus estudiantes.</translation>
    </message>
    <message>
        <source>Enrollments &amp; refunds</source>
        <translation>Inscripciones y reemb.</translation>
    </message>
    <message>
        <source>Oversee enrollments and payments, and refund or cancel them.</source>
        <translation>Supervise las inscripciones y los pagos, y reembólselos o cancélelos.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Charts of sign-ups, enrollments, revenue and refunds over time.</source>
        <translation>Gráficos de altas, inscripciones, ingresos y reembolsos a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>AgentHub</source>
        <translation>AgentHub</translation>
    </message>
    <message>
        <source>Configure the platform&apos;s assistant agents and review what they did.</source>
        <translation>Configure los agentes asistentes de la plataforma y revise lo que han hecho.</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Registro de moderación</translation>
    </message>
    <message>
        <source>Every warning, suspension, ban, removal and approval, with who did it and why.</source>
        <translation>Cada advertencia, suspensión, veto, retirada y aprobación, con quién lo hizo y por qué.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Super administrator</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>See your lessons and screening meetings by day, week or month in your time zone.</source>
        <translation>Vea sus clases y reuniones previas por día, semana o mes en su zona horaria.</translation>
    </message>
    <message>
        <source>See your lessons, screening meetings, busy times and availability by day, week or month.</source>
        <translation>Vea sus clases, reuniones previas, horas ocupadas y disponibilidad por día, semana o mes.</translation>
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
        <translation>Notificado</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Notificado por</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Tutor application</source>
        <translation>Solicitud de tutor</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price per lesson</source>
        <translation>Precio por clase</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Affected user</source>
        <translation>Usuario afectado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Max. tokens</source>
        <translation>Tokens máx.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado</translation>
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
        <translation>Vetar al usuario</translation>
    </message>
    <message>
        <source>Suspend user</source>
        <translation>Suspender al usuario</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Reactivar al usuario</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Retirar el curso</translation>
    </message>
    <message numerus="yes">
        <source>%n moderation sequence(s) did not finish; the first: %1 — %2 (started %3).</source>
        <translation>
            <numerusform>%n secuencia de moderación no terminó; la primera: %1 — %2 (iniciada el %3).</numerusform>
            <numerusform>%n secuencias de moderación no terminaron; la primera: %1 — %2 (iniciada el %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (perhaps by another administrator), so your action was not applied: %2 The row now shows its current state.</source>
        <translation>%1 se modificó mientras tanto (quizá otro administrador), por lo que su acción no se aplicó: %2 La fila muestra ahora su estado actual.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AgentHubDesk</name>
    <message>
        <source>The override is on.</source>
        <translation>La anulación está activada.</translation>
    </message>
    <message>
        <source>The override is off.</source>
        <translation>La anulación está desactivada.</translation>
    </message>
    <message>
        <source>The override of %1 is saved.</source>
        <translation>La anulación de %1 está guardada.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AgentOverrideForm</name>
    <message>
        <source>The provider name is too long: use at most 64 characters.</source>
        <translation>El nombre del proveedor es demasiado largo: use como máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>The model name is too long: use at most 128 characters.</source>
        <translation>El nombre del modelo es demasiado largo: use como máximo 128 caracteres.</translation>
    </message>
    <message>
        <source>The system prompt is too long: use at most 10,000 characters.</source>
        <translation>El prompt del sistema es demasiado largo: use como máximo 10.000 caracteres.</translation>
    </message>
    <message>
        <source>Enter a temperature between 0 and 2 (for example 0.7), or leave it empty for the default.</source>
        <translation>Introduzca una temperatura entre 0 y 2 (por ejemplo 0,7), o déjela vacía para el valor predeterminado.</translation>
    </message>
    <message>
        <source>Enter the maximum number of tokens as a whole number above 0, or leave it empty for the default.</source>
        <translation>Introduzca el número máximo de tokens como número entero mayor que 0, o déjelo vacío para el valor predeterminado.</translation>
    </message>
    <message>
        <source>Choose text or JSON as the response format, or the default.</source>
        <translation>Elija texto o JSON como formato de respuesta, o el predeterminado.</translation>
    </message>
    <message>
        <source>The tool “%1” is not in the tool catalog any more: clear it before saving.</source>
        <translation>La herramienta «%1» ya no está en el catálogo de herramientas: desmárquela antes de guardar.</translation>
    </message>
    <message>
        <source>Enter the maximum number of tool calls as a whole number of 0 or more, or leave it empty for the default.</source>
        <translation>Introduzca el número máximo de llamadas a herramientas como número entero de 0 o más, o déjelo vacío para el valor predeterminado.</translation>
    </message>
    <message>
        <source>Enter the timeout in whole seconds (0 or more), or leave it empty for the default.</source>
        <translation>Introduzca el tiempo límite en segundos enteros (0 o más), o déjelo vacío para el valor predeterminado.</translation>
    </message>
    <message>
        <source>Enter the token budget as a whole number of 0 or more, or leave it empty for the default.</source>
        <translation>Introduzca el presupuesto de tokens como número entero de 0 o más, o déjelo vacío para el valor predeterminado.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::AnalyticsData</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Solicitudes de reembolso</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>The CSV was saved, but the report could not be recorded: %1</source>
        <translation>El CSV se guardó, pero no se pudo registrar el informe: %1</translation>
    </message>
    <message>
        <source>Saved %1 and recorded the report.</source>
        <translation>Se guardó %1 y se registró el informe.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::ApplicationDesk</name>
    <message>
        <source>This application</source>
        <translation>Esta solicitud</translation>
    </message>
    <message>
        <source>%1 is now a tutor; their tutor profile was created.</source>
        <translation>%1 ya es tutor; se ha creado su perfil de tutor.</translation>
    </message>
    <message>
        <source>The application of %1 was rejected.</source>
        <translation>La solicitud de %1 se ha rechazado.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::CourseDesk</name>
    <message>
        <source>Please say why the course is flagged: the tutor reads it.</source>
        <translation>Indique por qué se marca el curso: el tutor lo leerá.</translation>
    </message>
    <message>
        <source>The course is flagged.</source>
        <translation>El curso está marcado.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::DashboardModel</name>
    <message>
        <source>Open issues</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <source>Being investigated</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <source>Open issues about people</source>
        <translation>Incidencias abiertas sobre personas</translation>
    </message>
    <message>
        <source>Open issues about courses</source>
        <translation>Incidencias abiertas sobre cursos</translation>
    </message>
    <message>
        <source>Tutor applications to review</source>
        <translation>Solicitudes de tutor por revisar</translation>
    </message>
    <message>
        <source>Unpaid past the cleanup age</source>
        <translation>Sin pagar pasado el plazo de limpieza</translation>
    </message>
    <message>
        <source>Refunds today</source>
        <translation>Reembolsos de hoy</translation>
    </message>
    <message>
        <source>Refund requests pending</source>
        <translation>Solicitudes de reembolso pendientes</translation>
    </message>
    <message>
        <source>Flagged courses</source>
        <translation>Cursos marcados</translation>
    </message>
    <message>
        <source>Suspended or banned users</source>
        <translation>Usuarios suspendidos o vetados</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>No se pudieron cargar las cifras: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado: %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::EnrollmentDesk</name>
    <message>
        <source>Refund %1 to %2 for &quot;%3&quot; in full, without the eligibility checks, and cancel the enrollment.</source>
        <translation>Reembolsar íntegramente %1 a %2 por «%3», sin las comprobaciones de elegibilidad, y cancelar la inscripción.</translation>
    </message>
    <message>
        <source>Cancel the enrollment of %1 in &quot;%2&quot; and refund the %3 paid in full; its untaught lessons are freed.</source>
        <translation>Cancelar la inscripción de %1 en «%2» y reembolsar íntegramente los %3 pagados; sus clases no impartidas quedan libres.</translation>
    </message>
    <message>
        <source>Cancel the unpaid enrollment of %1 in &quot;%2&quot;; its lessons are freed.</source>
        <translation>Cancelar la inscripción sin pagar de %1 en «%2»; sus clases quedan libres.</translation>
    </message>
    <message>
        <source>Please give a reason: the student and the tutor are told.</source>
        <translation>Indique un motivo: se informa al estudiante y al tutor.</translation>
    </message>
    <message>
        <source>This enrollment</source>
        <translation>Esta inscripción</translation>
    </message>
    <message>
        <source>The enrollment was refunded and canceled.</source>
        <translation>La inscripción se ha reembolsado y cancelado.</translation>
    </message>
    <message>
        <source>The enrollment was canceled.</source>
        <translation>La inscripción se ha cancelado.</translation>
    </message>
    <message>
        <source>Select a pending refund request.</source>
        <translation>Seleccione una solicitud de reembolso pendiente.</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>Esta solicitud ya se ha resuelto.</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>el importe pagado</translation>
    </message>
    <message>
        <source>Approve the refund %1 asked for in &quot;%2&quot;: the enrollment is canceled, %3 is refunded in full and the lessons not yet taught are freed. The student, the tutor and the administrators are notified.</source>
        <translation>Aprobar el reembolso que %1 pidió para «%2»: la inscripción se cancela, se reembolsa %3 íntegramente y se liberan las clases aún no impartidas. Se avisa al estudiante, al tutor y a los administradores.</translation>
    </message>
    <message>
        <source>Reject the refund %1 asked for in &quot;%2&quot;: the enrollment stays as it is and nothing is refunded. The student is notified with your note.</source>
        <translation>Rechazar el reembolso que %1 pidió para «%2»: la inscripción queda como está y no se reembolsa nada. Se avisa al estudiante con su nota.</translation>
    </message>
    <message>
        <source>Please write a note: the student is told why the refund is rejected.</source>
        <translation>Escriba una nota: el estudiante sabrá por qué se rechaza el reembolso.</translation>
    </message>
    <message>
        <source>This refund request</source>
        <translation>Esta solicitud de reembolso</translation>
    </message>
    <message>
        <source>The refund was approved: the enrollment is canceled and refunded.</source>
        <translation>El reembolso se ha aprobado: la inscripción se ha cancelado y reembolsado.</translation>
    </message>
    <message>
        <source>The refund request was rejected; the student was told why.</source>
        <translation>La solicitud de reembolso se ha rechazado; se ha explicado el motivo al estudiante.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s cleanup canceled %n enrollment(s) that were paid, which it must never do. Check them in the enrollment list and tell the operator of this server.</source>
        <translation>
            <numerusform>La limpieza del servidor canceló %n inscripción pagada, algo que nunca debe hacer. Revísela en la lista de inscripciones y avise al responsable de este servidor.</numerusform>
            <numerusform>La limpieza del servidor canceló %n inscripciones pagadas, algo que nunca debe hacer. Revíselas en la lista de inscripciones y avise al responsable de este servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid enrollment(s) canceled.</source>
        <translation>
            <numerusform>%n inscripción sin pagar cancelada.</numerusform>
            <numerusform>%n inscripciones sin pagar canceladas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::ImpactPreview</name>
    <message>
        <source>No enrollment is affected: nothing will be canceled or refunded.</source>
        <translation>Ninguna inscripción se ve afectada: no se cancelará ni reembolsará nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) will be canceled (%1 paid); %2 will be refunded; %3 booked lesson(s) will be freed.</source>
        <translation>
            <numerusform>Se cancelará %n inscripción (pagadas: %1); se reembolsará %2; se liberarán %3 clase(s) reservada(s).</numerusform>
            <numerusform>Se cancelarán %n inscripciones (pagadas: %1); se reembolsará %2; se liberarán %3 clase(s) reservada(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>No pagado</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lessons left</source>
        <translation>Clases restantes</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::IssueDesk</name>
    <message>
        <source>Warn the user</source>
        <translation>Advertir al usuario</translation>
    </message>
    <message>
        <source>Require a course edit</source>
        <translation>Exigir una edición del curso</translation>
    </message>
    <message>
        <source>Remove the course…</source>
        <translation>Retirar el curso…</translation>
    </message>
    <message>
        <source>Suspend the user…</source>
        <translation>Suspender al usuario…</translation>
    </message>
    <message>
        <source>Ban the user…</source>
        <translation>Vetar al usuario…</translation>
    </message>
    <message>
        <source>This issue</source>
        <translation>Esta incidencia</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Issue is now: %1.</source>
        <translation>La incidencia está ahora: %1.</translation>
    </message>
    <message>
        <source>Could not load the administrators to assign issues to: %1</source>
        <translation>No se pudieron cargar los administradores a los que asignar incidencias: %1</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (yo)</translation>
    </message>
    <message>
        <source>Only an active administrator can be assigned to an issue: choose another administrator or Nobody.</source>
        <translation>Solo un administrador activo puede ser responsable de una incidencia: elija otro administrador o «Nadie».</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Priority %1, assigned to %2.</source>
        <translation>Prioridad %1, asignada a %2.</translation>
    </message>
    <message>
        <source>Following issue %1</source>
        <translation>A raíz de la incidencia %1</translation>
    </message>
    <message>
        <source>This issue names no person, so there is nobody to %1.</source>
        <translation>Esta incidencia no nombra a ninguna persona, así que no hay nadie a quien %1.</translation>
    </message>
    <message>
        <source>This issue names no course.</source>
        <translation>Esta incidencia no nombra ningún curso.</translation>
    </message>
    <message>
        <source>The user was warned; the warning is in their messages.</source>
        <translation>Se ha advertido al usuario; la advertencia está en sus mensajes.</translation>
    </message>
    <message>
        <source>The course is flagged for an edit.</source>
        <translation>El curso está marcado para su edición.</translation>
    </message>
    <message>
        <source>Please edit your course: it was reported and needs changes (%1).</source>
        <translation>Edite su curso: se ha notificado y necesita cambios (%1).</translation>
    </message>
    <message>
        <source>The course is flagged and the tutor was asked to edit it.</source>
        <translation>El curso está marcado y se ha pedido al tutor que lo edite.</translation>
    </message>
    <message>
        <source>Administrators are not moderated from an issue.</source>
        <translation>Los administradores no se moderan desde una incidencia.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::ModerationCascade</name>
    <message>
        <source>Your course &quot;%1&quot; was removed from TutorHub. Reason: %2. Enrolled students were refunded for the lessons not yet taught.</source>
        <translation>Su curso «%1» se ha retirado de TutorHub. Motivo: %2. Los estudiantes inscritos han recibido el reembolso de las clases aún no impartidas.</translation>
    </message>
    <message>
        <source>Your TutorHub account was banned. Reason: %1.</source>
        <translation>Su cuenta de TutorHub ha sido vetada. Motivo: %1.</translation>
    </message>
    <message>
        <source>Your TutorHub account was suspended. Reason: %1.</source>
        <translation>Su cuenta de TutorHub ha sido suspendida. Motivo: %1.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Change the account status</source>
        <translation>Cambiar el estado de la cuenta</translation>
    </message>
    <message>
        <source>Mark the course as removed</source>
        <translation>Marcar el curso como retirado</translation>
    </message>
    <message>
        <source>Record the moderation action</source>
        <translation>Registrar la acción de moderación</translation>
    </message>
    <message>
        <source>Cancel and refund the affected enrollments</source>
        <translation>Cancelar y reembolsar las inscripciones afectadas</translation>
    </message>
    <message>
        <source>Check that every paid enrollment was refunded</source>
        <translation>Comprobar que se reembolsó cada inscripción pagada</translation>
    </message>
    <message>
        <source>Send the warning message</source>
        <translation>Enviar el mensaje de advertencia</translation>
    </message>
    <message>
        <source>Check which enrollments are affected</source>
        <translation>Comprobar qué inscripciones se ven afectadas</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::admin::UserDesk</name>
    <message>
        <source>This is your own account: its role and status are changed by another administrator.</source>
        <translation>Es su propia cuenta: su rol y su estado los cambia otro administrador.</translation>
    </message>
    <message>
        <source>A super administrator cannot be demoted, suspended or banned.</source>
        <translation>Un superadministrador no se puede degradar, suspender ni vetar.</translation>
    </message>
    <message>
        <source>Only a super administrator manages administrators.</source>
        <translation>Solo un superadministrador gestiona a los administradores.</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Seleccione primero un usuario.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ahora está: %2.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::auth::PasswordChange</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <source>Choose a new password of 8 to 128 characters.</source>
        <translation>Elija una contraseña nueva de 8 a 128 caracteres.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password again in both fields.</source>
        <translation>Las dos contraseñas nuevas no coinciden. Escriba de nuevo la contraseña nueva en ambos campos.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different password.</source>
        <translation>La contraseña nueva es igual que la actual. Elija otra contraseña.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::auth::SignIn</name>
    <message>
        <source>This address uses plain http, which would send your password unencrypted over the network. Use an https:// address; http is allowed only for a server on this computer (localhost).</source>
        <translation>Esta dirección usa http simple, que enviaría su contraseña sin cifrar por la red. Use una dirección https://; http solo se permite para un servidor en este ordenador (localhost).</translation>
    </message>
    <message>
        <source>Enter the address of your TutorHub server, for example https://tutorhub.example.org.</source>
        <translation>Introduzca la dirección de su servidor de TutorHub, por ejemplo https://tutorhub.example.org.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Introduzca su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Introduzca su nombre completo.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as name@example.org.</source>
        <translation>Introduzca una dirección de correo electrónico válida, como name@example.org.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code.</source>
        <translation>Introduzca el código de 6 dígitos.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Elija una contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The sign-in was not finished within 10 minutes. Sign in again to get a new code.</source>
        <translation>El inicio de sesión no se completó en 10 minutos. Vuelva a iniciar sesión para obtener un código nuevo.</translation>
    </message>
    <message>
        <source>This account asks for a code sent to a phone, but this server cannot send one. Ask an administrator to switch your two-step verification to e-mail, or contact %1.</source>
        <translation>Esta cuenta pide un código enviado a un teléfono, pero este servidor no puede enviarlo. Pida a un administrador que cambie su verificación en dos pasos al correo electrónico o contacte con %1.</translation>
    </message>
    <message>
        <source>This code is no longer valid. Choose &quot;Send a new code&quot; and enter the new one.</source>
        <translation>Este código ya no es válido. Elija «Enviar un código nuevo» e introduzca el nuevo.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::calendar::ApiCalendarLoader</name>
    <message>
        <source>You have no tutor profile yet, so there are no lessons to show.</source>
        <translation>Todavía no tiene un perfil de tutor, así que no hay clases que mostrar.</translation>
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
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::Booking</name>
    <message>
        <source>No free lessons this week. The next one is on %1: choose Next week.</source>
        <translation>No hay clases libres esta semana. La próxima es el %1: elija Semana siguiente.</translation>
    </message>
    <message>
        <source>No free lessons from this week on. Ask the tutor in a message, or look again later.</source>
        <translation>No hay clases libres a partir de esta semana. Pregunte al tutor con un mensaje o vuelva a mirar más tarde.</translation>
    </message>
    <message>
        <source>1 lesson chosen, %1 in total</source>
        <translation>1 clase elegida, %1 en total</translation>
    </message>
    <message>
        <source>%1 lessons chosen, %2 in total</source>
        <translation>%1 clases elegidas, %2 en total</translation>
    </message>
    <message>
        <source>Ready to book: the lessons are reserved for you until you pay.</source>
        <translation>Listo para reservar: las clases quedan reservadas para usted hasta que pague.</translation>
    </message>
    <message>
        <source>Someone else has just booked one of the lessons you chose. Nothing was booked; the calendar now shows the lessons that are still free.</source>
        <translation>Alguien acaba de reservar una de las clases que eligió. No se reservó nada; el calendario muestra ahora las clases que siguen libres.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::HelpCenter</name>
    <message>
        <source>Choose the course or tutor the report is about.</source>
        <translation>Elija el curso o el tutor al que se refiere el aviso.</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>Describa el problema.</translation>
    </message>
    <message>
        <source>Thank you. Your report was sent; its status shows below.</source>
        <translation>Gracias. Su aviso se ha enviado; su estado se muestra abajo.</translation>
    </message>
    <message>
        <source>1 unread notification</source>
        <translation>1 notificación sin leer</translation>
    </message>
    <message>
        <source>%1 unread notifications</source>
        <translation>%1 notificaciones sin leer</translation>
    </message>
    <message>
        <source>All notifications are read.</source>
        <translation>Todas las notificaciones están leídas.</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notificaciones (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Select the notifications to mark as seen.</source>
        <translation>Seleccione las notificaciones que quiera marcar como vistas.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::MyLearning</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>Your first lesson has taken place: you can ask for a full refund now.</source>
        <translation>Su primera clase ya ha tenido lugar: ahora puede solicitar un reembolso completo.</translation>
    </message>
    <message>
        <source>You get the full amount of %1 back on your card and the remaining lessons of “%2” are canceled. This cannot be undone.</source>
        <translation>Recibirá el importe completo de %1 en su tarjeta y se cancelarán las clases restantes de «%2». Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Loading the materials…</source>
        <translation>Cargando los materiales…</translation>
    </message>
    <message>
        <source>The materials open once the enrollment is paid.</source>
        <translation>Los materiales se abren cuando la inscripción está pagada.</translation>
    </message>
    <message>
        <source>This pack has no materials yet.</source>
        <translation>Este paquete todavía no tiene materiales.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open.</source>
        <translation>Haga doble clic o pulse Intro para abrir.</translation>
    </message>
    <message>
        <source>Requesting the refund…</source>
        <translation>Solicitando el reembolso…</translation>
    </message>
    <message>
        <source>Refund %1: %2 goes back to your card; the remaining lessons are canceled.</source>
        <translation>Reembolso de %1: %2 vuelve a su tarjeta; se cancelan las clases restantes.</translation>
    </message>
    <message>
        <source>The calendar could not be written to “%1”: %2</source>
        <translation>No se pudo escribir el calendario en «%1»: %2</translation>
    </message>
    <message>
        <source>%1 lessons exported to “%2”. Import the file in Google Calendar, Outlook or Thunderbird.</source>
        <translation>%1 clases exportadas a «%2». Importe el archivo en Google Calendar, Outlook o Thunderbird.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::PackDetails</name>
    <message>
        <source>Loading the materials…</source>
        <translation>Cargando los materiales…</translation>
    </message>
    <message>
        <source>The course materials open once you are enrolled in this pack.</source>
        <translation>Los materiales del curso se abren cuando se inscribe en este paquete.</translation>
    </message>
    <message>
        <source>This pack has no materials yet.</source>
        <translation>Este paquete todavía no tiene materiales.</translation>
    </message>
    <message>
        <source>Press Enter or double-click a material to open it.</source>
        <translation>Pulse Intro o haga doble clic en un material para abrirlo.</translation>
    </message>
    <message>
        <source>No screening meeting is needed: you can book right away.</source>
        <translation>No hace falta una reunión previa: puede reservar enseguida.</translation>
    </message>
    <message>
        <source>This pack requires a short screening meeting with the tutor before you can enroll.</source>
        <translation>Este paquete requiere una breve reunión previa con el tutor antes de que pueda inscribirse.</translation>
    </message>
    <message>
        <source>Choose a course pack first.</source>
        <translation>Elija primero un paquete de curso.</translation>
    </message>
    <message>
        <source>Checking your screening meeting…</source>
        <translation>Comprobando su reunión previa…</translation>
    </message>
    <message>
        <source>You can book once the tutor approves your screening meeting.</source>
        <translation>Podrá reservar cuando el tutor apruebe su reunión previa.</translation>
    </message>
    <message>
        <source>The tutor did not approve the screening; this pack cannot be booked. Another pack may suit you better.</source>
        <translation>El tutor no aprobó la reunión previa; este paquete no se puede reservar. Puede que otro paquete le convenga más.</translation>
    </message>
    <message>
        <source>Request a screening meeting first; you can book once the tutor approves it.</source>
        <translation>Solicite primero una reunión previa; podrá reservar cuando el tutor la apruebe.</translation>
    </message>
    <message>
        <source>Pick free lessons in a week calendar; times are shown in %1.</source>
        <translation>Elija clases libres en un calendario semanal; las horas se muestran en %1.</translation>
    </message>
    <message>
        <source>Screening meeting requested. The tutor picks one of your times or proposes another; you will be notified.</source>
        <translation>Reunión previa solicitada. El tutor elige una de sus horas o propone otra; se le avisará.</translation>
    </message>
    <message>
        <source>Your times were sent to the tutor.</source>
        <translation>Sus horas se enviaron al tutor.</translation>
    </message>
    <message>
        <source>The screening meeting is agreed; it is in your calendar.</source>
        <translation>La reunión previa está acordada; figura en su calendario.</translation>
    </message>
    <message>
        <source>You accepted the time; the tutor confirms the meeting.</source>
        <translation>Usted aceptó la hora; el tutor confirma la reunión.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::Payment</name>
    <message>
        <source>%1 for 1 lesson</source>
        <translation>%1 por 1 clase</translation>
    </message>
    <message>
        <source>%1 for %2 lessons</source>
        <translation>%1 por %2 clases</translation>
    </message>
    <message>
        <source> of “%1”</source>
        <translation> de «%1»</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Pagar %1</translation>
    </message>
    <message>
        <source>Local server test cards: 4242 4242 4242 4242 is paid, 4000 0000 0000 0002 is declined, 4000 0025 0000 3155 asks you to confirm on a test bank page. Any future expiry and any 3 digits.</source>
        <translation>Tarjetas de prueba del servidor local: 4242 4242 4242 4242 se paga, 4000 0000 0000 0002 se rechaza, 4000 0025 0000 3155 pide confirmar en una página bancaria de prueba. Cualquier caducidad futura y 3 dígitos cualesquiera.</translation>
    </message>
    <message>
        <source>Choose how to pay. Your lessons stay reserved while you pay.</source>
        <translation>Elija cómo pagar. Sus clases siguen reservadas mientras paga.</translation>
    </message>
    <message>
        <source>Choose a saved card or enter a new one.</source>
        <translation>Elija una tarjeta guardada o introduzca una nueva.</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>Comprobando la tarjeta…</translation>
    </message>
    <message>
        <source>Processing the payment…</source>
        <translation>Procesando el pago…</translation>
    </message>
    <message>
        <source>Nothing is charged twice: check again or try once more.</source>
        <translation>No se cobra nada dos veces: vuelva a comprobar o inténtelo otra vez.</translation>
    </message>
    <message>
        <source>Checking the payment…</source>
        <translation>Comprobando el pago…</translation>
    </message>
    <message>
        <source>Check again when you are back online.</source>
        <translation>Vuelva a comprobar cuando tenga conexión de nuevo.</translation>
    </message>
    <message>
        <source>Paid. Your lessons are booked; you find them under My learning.</source>
        <translation>Pagado. Sus clases están reservadas; las encontrará en Mi aprendizaje.</translation>
    </message>
    <message>
        <source>This enrollment was canceled before it was paid; nothing was charged. Book the lessons again.</source>
        <translation>Esta inscripción se canceló antes de pagarse; no se cobró nada. Vuelva a reservar las clases.</translation>
    </message>
    <message>
        <source>The payment was canceled and nothing was charged. You can pay again.</source>
        <translation>El pago se canceló y no se cobró nada. Puede volver a pagar.</translation>
    </message>
    <message>
        <source>The payment is still being processed. You can close this window: My learning shows the result.</source>
        <translation>El pago todavía se está procesando. Puede cerrar esta ventana: Mi aprendizaje muestra el resultado.</translation>
    </message>
    <message>
        <source>Confirming the payment with your card&apos;s bank…</source>
        <translation>Confirmando el pago con el banco de su tarjeta…</translation>
    </message>
    <message>
        <source>One more step: confirm the payment on your bank&apos;s page in the browser. This window goes on by itself when you are done.</source>
        <translation>Un paso más: confirme el pago en la página de su banco, en el navegador. Esta ventana continúa sola cuando haya terminado.</translation>
    </message>
    <message>
        <source>The card was declined and nothing was charged. Try another card.</source>
        <translation>La tarjeta se rechazó y no se cobró nada. Pruebe con otra tarjeta.</translation>
    </message>
    <message>
        <source>Payment confirmed. Booking your lessons…</source>
        <translation>Pago confirmado. Reservando sus clases…</translation>
    </message>
    <message>
        <source>Your bank&apos;s confirmation did not arrive. Check again once you confirmed the payment in the browser.</source>
        <translation>La confirmación de su banco no ha llegado. Vuelva a comprobarlo cuando haya confirmado el pago en el navegador.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Open this address in a browser to confirm the payment: %1</source>
        <translation>No se pudo abrir el navegador. Abra esta dirección en un navegador para confirmar el pago: %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::Screening</name>
    <message>
        <source>Propose at least one time.</source>
        <translation>Proponga al menos una hora.</translation>
    </message>
    <message>
        <source>Propose at most three times.</source>
        <translation>Proponga como máximo tres horas.</translation>
    </message>
    <message>
        <source>This server takes one proposed time.</source>
        <translation>Este servidor admite una sola hora propuesta.</translation>
    </message>
    <message>
        <source>Each proposed time must be in the future.</source>
        <translation>Cada hora propuesta debe estar en el futuro.</translation>
    </message>
    <message>
        <source>Propose different times.</source>
        <translation>Proponga horas distintas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for the tutor to propose a time.</source>
        <translation>Esperando a que el tutor proponga una hora.</translation>
    </message>
    <message>
        <source>You proposed %1. Waiting for the tutor&apos;s answer.</source>
        <translation>Usted propuso %1. Esperando la respuesta del tutor.</translation>
    </message>
    <message>
        <source>The tutor proposes another time: %1. Accept it or propose other times.</source>
        <translation>El tutor propone otra hora: %1. Acéptela o proponga otras horas.</translation>
    </message>
    <message>
        <source>The tutor proposes another time: %1. Accept it and the tutor confirms the meeting.</source>
        <translation>El tutor propone otra hora: %1. Acéptela y el tutor confirmará la reunión.</translation>
    </message>
    <message>
        <source>Agreed: %1 (%2).</source>
        <translation>Acordada: %1 (%2).</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>The tutor declined the request.</source>
        <translation>El tutor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Tutor&apos;s note: %1</source>
        <translation>Nota del tutor: %1</translation>
    </message>
    <message>
        <source>The student asks for a screening meeting; propose a time.</source>
        <translation>El estudiante pide una reunión previa; proponga una hora.</translation>
    </message>
    <message>
        <source>The student proposes %1.</source>
        <translation>El estudiante propone %1.</translation>
    </message>
    <message>
        <source>You proposed %1; waiting for the student.</source>
        <translation>Usted propuso %1; esperando al estudiante.</translation>
    </message>
    <message>
        <source>You proposed %1; approve the meeting once the student accepts.</source>
        <translation>Usted propuso %1; apruebe la reunión cuando el estudiante acepte.</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Rechazada.</translation>
    </message>
    <message>
        <source>Screening meeting</source>
        <translation>Reunión previa</translation>
    </message>
    <message>
        <source>Screening meeting: %1</source>
        <translation>Reunión previa: %1</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>Con %1.</translation>
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
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Materias</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Course pack</source>
        <translation>Paquete de curso</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price per lesson</source>
        <translation>Precio por clase</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Reunión previa</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesaria</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Online (link follows)</source>
        <translation>En línea (enlace pendiente)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Procesado</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>Titular de la tarjeta</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::StudentRules</name>
    <message>
        <source>This enrollment has been refunded.</source>
        <translation>Esta inscripción se ha reembolsado.</translation>
    </message>
    <message>
        <source>A refund was already requested for this enrollment.</source>
        <translation>Ya se solicitó un reembolso para esta inscripción.</translation>
    </message>
    <message>
        <source>The enrollment is canceled.</source>
        <translation>La inscripción está cancelada.</translation>
    </message>
    <message>
        <source>Only paid enrollments can be refunded.</source>
        <translation>Solo se pueden reembolsar las inscripciones pagadas.</translation>
    </message>
    <message>
        <source>A refund cannot be requested once a later lesson has taken place.</source>
        <translation>No se puede solicitar un reembolso una vez que ha tenido lugar una clase posterior.</translation>
    </message>
    <message>
        <source>A refund can be requested after your first lesson has taken place.</source>
        <translation>Puede solicitar un reembolso después de su primera clase.</translation>
    </message>
    <message>
        <source>Choose at least one free lesson in the calendar.</source>
        <translation>Elija al menos una clase libre en el calendario.</translation>
    </message>
    <message>
        <source>At most %1 of this pack&apos;s lessons per day; %2 has %3.</source>
        <translation>Como máximo %1 clases de este paquete por día; el %2 tiene %3.</translation>
    </message>
    <message>
        <source>This pack is booked as a whole: choose exactly %1 lessons (%2 chosen).</source>
        <translation>Este paquete se reserva completo: elija exactamente %1 clases (%2 elegidas).</translation>
    </message>
    <message>
        <source>All lessons must lie within %1 %2 of the first one.</source>
        <translation>Todas las clases deben tener lugar dentro de %1 %2 desde la primera.</translation>
    </message>
    <message>
        <source>At least %1 lessons in every week; the week of %2 has %3.</source>
        <translation>Al menos %1 clases cada semana; la semana del %2 tiene %3.</translation>
    </message>
    <message>
        <source>Fixed schedule</source>
        <translation>Horario fijo</translation>
    </message>
    <message>
        <source>Flexible: book lessons whenever they suit you</source>
        <translation>Flexible: reserve las clases cuando le convenga</translation>
    </message>
    <message>
        <source>exactly %1 lessons</source>
        <translation>exactamente %1 clases</translation>
    </message>
    <message>
        <source>at least %1 per week</source>
        <translation>al menos %1 por semana</translation>
    </message>
    <message>
        <source>at most %1 per day</source>
        <translation>como máximo %1 por día</translation>
    </message>
    <message>
        <source>within %1 %2</source>
        <translation>en %1 %2</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Introduzca el número de tarjeta.</translation>
    </message>
    <message>
        <source>The card number has 12 to 19 digits.</source>
        <translation>El número de tarjeta tiene de 12 a 19 dígitos.</translation>
    </message>
    <message>
        <source>Enter the expiry month (1-12).</source>
        <translation>Introduzca el mes de caducidad (1-12).</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>La tarjeta ha caducado.</translation>
    </message>
    <message>
        <source>Enter the 3 or 4 digit security code.</source>
        <translation>Introduzca el código de seguridad de 3 o 4 dígitos.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::student::TutorDetails</name>
    <message>
        <source>Subjects:</source>
        <translation>Materias:</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Experiencia:</translation>
    </message>
    <message>
        <source>Certifications:</source>
        <translation>Certificaciones:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Asunto:</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::AvailabilityViewModel</name>
    <message>
        <source>This window overlaps another of your windows on that day. Change the times, or change the other window instead; nothing was saved.</source>
        <translation>Esta franja se solapa con otra de sus franjas ese día. Cambie las horas o cambie la otra franja; no se guardó nada.</translation>
    </message>
    <message>
        <source>The window was added.</source>
        <translation>Se añadió la franja.</translation>
    </message>
    <message>
        <source>The window was changed.</source>
        <translation>Se cambió la franja.</translation>
    </message>
    <message>
        <source>The window was deleted. Lessons already opened from it stay.</source>
        <translation>Se eliminó la franja. Las clases ya abiertas a partir de ella se mantienen.</translation>
    </message>
    <message>
        <source>The busy time was deleted. Lessons can be generated in it again.</source>
        <translation>Se eliminó la hora ocupada. Se pueden volver a generar clases en ella.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::BecomeTutorViewModel</name>
    <message>
        <source>Your application was sent. We will let you know when it has been reviewed.</source>
        <translation>Su solicitud se ha enviado. Le avisaremos cuando se haya revisado.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::CoursePacksViewModel</name>
    <message>
        <source>“%1” is published: students can find and book it.</source>
        <translation>«%1» está publicado: los estudiantes pueden encontrarlo y reservarlo.</translation>
    </message>
    <message>
        <source>“%1” is no longer shown to students; current enrollments continue.</source>
        <translation>«%1» ya no se muestra a los estudiantes; las inscripciones actuales continúan.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while students are enrolled in it. Unpublish it instead: it disappears from the catalog and the current enrollments continue.</source>
        <translation>«%1» no se puede eliminar mientras haya estudiantes inscritos. Despublíquelo: desaparece del catálogo y las inscripciones actuales continúan.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>«%1» se ha eliminado.</translation>
    </message>
    <message>
        <source>“%1” was created.</source>
        <translation>«%1» se ha creado.</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>«%1» se ha guardado.</translation>
    </message>
    <message>
        <source>“%1” was added.</source>
        <translation>«%1» se ha añadido.</translation>
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
        <translation>Mes</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
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
        <translation>%1 con %2, %3</translation>
    </message>
    <message>
        <source>Create a course pack first; lessons belong to a pack.</source>
        <translation>Cree primero un paquete de curso; las clases pertenecen a un paquete.</translation>
    </message>
    <message>
        <source>This lesson has not started yet; mark it completed once it has taken place.</source>
        <translation>Esta clase todavía no ha empezado; márquela como completada cuando haya tenido lugar.</translation>
    </message>
    <message>
        <source>The lesson was marked completed: %1.</source>
        <translation>La clase se marcó como completada: %1.</translation>
    </message>
    <message>
        <source>The lesson was deleted.</source>
        <translation>La clase se eliminó.</translation>
    </message>
    <message>
        <source>No lessons were opened: your availability has no free time in this range.</source>
        <translation>No se abrió ninguna clase: su disponibilidad no tiene tiempo libre en este intervalo.</translation>
    </message>
    <message>
        <source>1 lesson opened.</source>
        <translation>1 clase abierta.</translation>
    </message>
    <message>
        <source>%1 lessons opened.</source>
        <translation>%1 clases abiertas.</translation>
    </message>
    <message>
        <source>1 time skipped because a lesson or a busy time already takes place then.</source>
        <translation>1 hora omitida porque ya hay una clase o una hora ocupada en ese momento.</translation>
    </message>
    <message>
        <source>%1 times skipped because a lesson or a busy time already takes place then.</source>
        <translation>%1 horas omitidas porque ya hay una clase o una hora ocupada en esos momentos.</translation>
    </message>
    <message>
        <source>A lesson was opened on %1.</source>
        <translation>Se abrió una clase el %1.</translation>
    </message>
    <message>
        <source>The lesson was canceled; the student is told the reason.</source>
        <translation>La clase se canceló; se informa al estudiante del motivo.</translation>
    </message>
    <message>
        <source>The place of the lesson was saved.</source>
        <translation>Se guardó el lugar de la clase.</translation>
    </message>
    <message>
        <source>Your time was sent to the student.</source>
        <translation>Su hora se envió al estudiante.</translation>
    </message>
    <message>
        <source>The screening meeting was approved; the student was told when and where.</source>
        <translation>Se aprobó la reunión previa; se informó al estudiante de cuándo y dónde.</translation>
    </message>
    <message>
        <source>The screening request was rejected; the student was told.</source>
        <translation>Se rechazó la solicitud de reunión; se informó al estudiante.</translation>
    </message>
    <message>
        <source>The calendar could not be written to “%1”: %2</source>
        <translation>No se pudo escribir el calendario en «%1»: %2</translation>
    </message>
    <message>
        <source>%1 lessons exported to “%2”. Import the file in Google Calendar, Outlook or Thunderbird.</source>
        <translation>%1 clases exportadas a «%2». Importe el archivo en Google Calendar, Outlook o Thunderbird.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::ProfileViewModel</name>
    <message>
        <source>Your display name cannot be empty: students look for you by it.</source>
        <translation>Su nombre visible no puede estar vacío: los estudiantes le buscan por él.</translation>
    </message>
    <message>
        <source>The photo must be a web address starting with https:// or http://, or upload an image.</source>
        <translation>La foto debe ser una dirección web que empiece por https:// o http://, o bien suba una imagen.</translation>
    </message>
    <message>
        <source>The photo must be a web address starting with https:// or http://.</source>
        <translation>La foto debe ser una dirección web que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>Your profile was saved.</source>
        <translation>Su perfil se ha guardado.</translation>
    </message>
    <message>
        <source>A photo must be a PNG, JPEG, WebP or GIF image.</source>
        <translation>La foto debe ser una imagen PNG, JPEG, WebP o GIF.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>No se pudo leer «%1».</translation>
    </message>
    <message>
        <source>The photo is larger than 2 MB; choose a smaller image.</source>
        <translation>La foto ocupa más de 2 MB; elija una imagen más pequeña.</translation>
    </message>
    <message>
        <source>The photo was uploaded; save the profile to show it to students.</source>
        <translation>La foto se ha subido; guarde el perfil para mostrarla a los estudiantes.</translation>
    </message>
    <message>
        <source>no availability yet</source>
        <translation>todavía sin disponibilidad</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::TutorForms</name>
    <message>
        <source>Give the course pack a title.</source>
        <translation>Ponga un título al paquete de curso.</translation>
    </message>
    <message>
        <source>Choose a category so that students can find the pack.</source>
        <translation>Elija una categoría para que los estudiantes puedan encontrar el paquete.</translation>
    </message>
    <message>
        <source>Set a price per lesson above zero.</source>
        <translation>Fije un precio por clase superior a cero.</translation>
    </message>
    <message>
        <source>A strict pack needs the number of lessons a student books.</source>
        <translation>Un paquete de horario fijo necesita el número de clases que reserva un estudiante.</translation>
    </message>
    <message>
        <source>A strict pack needs the period within which its lessons take place.</source>
        <translation>Un paquete de horario fijo necesita el periodo en el que tienen lugar sus clases.</translation>
    </message>
    <message>
        <source>The weekly minimum cannot be reached with the daily maximum.</source>
        <translation>El mínimo semanal no se puede alcanzar con el máximo diario.</translation>
    </message>
    <message>
        <source>“%1” is not a file type a course pack can carry. Use a PDF, an office document, a text, a video (MP4, WebM, MOV), an MP3, an image or a ZIP file.</source>
        <translation>«%1» no es un tipo de archivo que pueda contener un paquete de curso. Use un PDF, un documento de oficina, un texto, un vídeo (MP4, WebM, MOV), un MP3, una imagen o un archivo ZIP.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; files up to %3 MB can be uploaded. Share larger videos as an external link.</source>
        <translation>«%1» ocupa %2 MB; se pueden subir archivos de hasta %3 MB. Comparta los vídeos más grandes como enlace externo.</translation>
    </message>
    <message>
        <source>Give the material a title.</source>
        <translation>Ponga un título al material.</translation>
    </message>
    <message>
        <source>This pack already has a material called “%1”; choose another title.</source>
        <translation>Este paquete ya tiene un material llamado «%1»; elija otro título.</translation>
    </message>
    <message>
        <source>Enter the link as a web address starting with https:// or http://.</source>
        <translation>Introduzca el enlace como una dirección web que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>Choose a file to upload or enter its web address.</source>
        <translation>Elija un archivo para subir o introduzca su dirección web.</translation>
    </message>
    <message>
        <source>Choose the course pack the lesson belongs to.</source>
        <translation>Elija el paquete de curso al que pertenece la clase.</translation>
    </message>
    <message>
        <source>A lesson must start in the future.</source>
        <translation>Una clase debe empezar en el futuro.</translation>
    </message>
    <message>
        <source>A lesson lasts between 15 minutes and 8 hours.</source>
        <translation>Una clase dura entre 15 minutos y 8 horas.</translation>
    </message>
    <message>
        <source>Choose the course pack the lessons belong to.</source>
        <translation>Elija el paquete de curso al que pertenecen las clases.</translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>El último día no debe ser anterior al primero.</translation>
    </message>
    <message>
        <source>The whole range is in the past; lessons can only be opened in the future.</source>
        <translation>Todo el intervalo está en el pasado; las clases solo se pueden abrir en el futuro.</translation>
    </message>
    <message>
        <source>Generate at most one year of lessons at a time.</source>
        <translation>Genere como máximo un año de clases a la vez.</translation>
    </message>
    <message>
        <source>Name at least one subject you want to teach.</source>
        <translation>Indique al menos una materia que quiera enseñar.</translation>
    </message>
    <message>
        <source>Write a short biography (at least 20 characters) so that the reviewers know you.</source>
        <translation>Escriba una breve biografía (al menos 20 caracteres) para que los revisores le conozcan.</translation>
    </message>
    <message>
        <source>Add your qualifications or certifications.</source>
        <translation>Añada sus titulaciones o certificaciones.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; list each document as a link starting with https://.</source>
        <translation>«%1» no es una dirección web; indique cada documento como un enlace que empiece por https://.</translation>
    </message>
    <message>
        <source>Enter the material&apos;s web address, starting with https:// or http://; this server does not take uploads.</source>
        <translation>Introduce la dirección web del material, que empiece por https:// o http://; este servidor no admite subidas de archivos.</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::TutorLists</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price per lesson</source>
        <translation>Precio por clase</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Visible para</translation>
    </message>
    <message>
        <source>You, students with an active or completed enrollment, admins</source>
        <translation>Usted, los estudiantes con una inscripción activa o completada, los administradores</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Cada %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Teaching mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Course pack</source>
        <translation>Paquete de curso</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
</context>
<context>
    <name>tutorhub::models::tutor::TutorViewModel</name>
    <message>
        <source>Your tutor profile could not be found. If your application was approved just now, sign out and in again.</source>
        <translation>No se encuentra su perfil de tutor. Si su solicitud se acaba de aprobar, cierre la sesión y vuelva a iniciarla.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::CalendarPage</name>
    <message>
        <source>Shown period</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>Vista de día (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>Vista de semana (W)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Month view (M)</source>
        <translation>Vista de mes (M)</translation>
    </message>
    <message>
        <source>Previous period (Page Up)</source>
        <translation>Periodo anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next period (Page Down)</source>
        <translation>Periodo siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation>Hoy (T)</translation>
    </message>
    <message>
        <source>&amp;Go to:</source>
        <translation>&amp;Ir a:</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Load the calendar again</source>
        <translation>Volver a cargar el calendario</translation>
    </message>
    <message>
        <source>Click a lesson to open it on the Lessons page. Green: your availability; hatched: busy times. Keys: arrows move the day, Page Up/Down the period, T today, D/W/M the view, Enter opens.</source>
        <translation>Haga clic en una clase para abrirla en la página Clases. Verde: su disponibilidad; rayado: horas ocupadas. Teclas: flechas para el día, Re Pág/Av Pág para el periodo, T hoy, D/W/M la vista, Intro abre.</translation>
    </message>
    <message>
        <source>Click a lesson to open its enrollment in My learning. Keys: arrows move the day, Page Up/Down the period, T today, D/W/M the view, Enter opens.</source>
        <translation>Haga clic en una clase para abrir su inscripción en Mi aprendizaje. Teclas: flechas para el día, Re Pág/Av Pág para el periodo, T hoy, D/W/M la vista, Intro abre.</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <extracomment>The calendar&apos;s time zone, e.g. &quot;Times in Europe/Berlin (CET)&quot;.</extracomment>
        <translation>Horas en %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::CalendarView</name>
    <message>
        <source>Screening meeting</source>
        <translation>Reunión previa</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>A month cell that has no room for every event: how many more there are.</extracomment>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <extracomment>The selected day in the calendar, for screen readers: how many lessons and meetings it has.</extracomment>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>selected: %1</source>
        <extracomment>The event selected in the calendar&apos;s day view, for screen readers.</extracomment>
        <translation>seleccionado: %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Choose a new password of 8 to 128 characters. When it is changed, TutorHub signs you out everywhere else: on other computers and in other apps you then sign in with the new password.</source>
        <translation>Elija una contraseña nueva de 8 a 128 caracteres. Una vez cambiada, TutorHub cierra su sesión en todos los demás sitios: en otros ordenadores y aplicaciones volverá a iniciar sesión con la contraseña nueva.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmar la contraseña nueva</translation>
    </message>
    <message>
        <source>8 to 128 characters</source>
        <translation>De 8 a 128 caracteres</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firmar la contraseña nueva:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::LanguageChooser</name>
    <message>
        <source>Language of TutorHub</source>
        <translation>Idioma de TutorHub</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>TutorHub will be in %1 from its next start.</source>
        <translation>TutorHub estará en %1 a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::LessonRemindersController</name>
    <message>
        <source>Show lessons</source>
        <translation>Ver las clases</translation>
    </message>
    <message>
        <source>Lesson &amp;reminders</source>
        <translation>&amp;Recordatorios de clase</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>The lead time of lesson reminders in the account menu</extracomment>
        <translation>Desactivados</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minuto antes</numerusform>
            <numerusform>%n minutos antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::ListState</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Reintentar la carga</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nada que mostrar.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::LoginWindow</name>
    <message>
        <source>This server does not send e-mail, so TutorHub shows the code here and has filled it in for you. Check it and confirm.</source>
        <translation>Este servidor no envía correos electrónicos, así que TutorHub muestra el código aquí y lo ha rellenado por usted. Compruébelo y confirme.</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Dirección de &amp;correo electrónico</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este ordenador</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Recordarme en este ordenador</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Create an &amp;account</source>
        <translation>Crear una c&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>¿&amp;Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>Verify e-&amp;mail</source>
        <translation>&amp;Verificar el correo</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>You start as a student. You can apply to teach later.</source>
        <translation>Empieza como estudiante. Más adelante puede solicitar enseñar.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>C&amp;rear la cuenta</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>&amp;Volver al inicio de sesión</translation>
    </message>
    <message>
        <source>Verify your e-mail</source>
        <translation>Verifique su correo electrónico</translation>
    </message>
    <message>
        <source>We send a 6-digit code to your e-mail address. Enter it here to finish setting up your account.</source>
        <translation>Enviamos un código de 6 dígitos a su dirección de correo electrónico. Introdúzcalo aquí para terminar de configurar su cuenta.</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>Enviar un código &amp;nuevo</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Enviar un código nuevo</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>Verif&amp;y e-mail</source>
        <translation>Verificar el &amp;correo</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Restablecer su contraseña</translation>
    </message>
    <message>
        <source>We send a 6-digit code to your e-mail address; with it you choose a new password.</source>
        <translation>Enviamos un código de 6 dígitos a su dirección de correo electrónico; con él podrá elegir una contraseña nueva.</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>Enviar el &amp;código</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Enviar el código</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ódigo</translation>
    </message>
    <message>
        <source>Reset code</source>
        <translation>Código de restablecimiento</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Contraseña &amp;nueva</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Set new &amp;password</source>
        <translation>Establecer la &amp;contraseña nueva</translation>
    </message>
    <message>
        <source>Sign in – TutorHub</source>
        <translation>Iniciar sesión – TutorHub</translation>
    </message>
    <message>
        <source>There is no server address for this environment yet.</source>
        <translation>Todavía no hay dirección de servidor para este entorno.</translation>
    </message>
    <message>
        <source>TutorHub</source>
        <translation>TutorHub</translation>
    </message>
    <message>
        <source>Learn and teach with tutors you can trust.</source>
        <translation>Aprenda y enseñe con tutores de confianza.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Server environment</source>
        <translation>Entorno del servidor</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>https://tutorhub.example.org</source>
        <translation>https://tutorhub.example.org</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>An https:// address. Plain http is accepted only for a server on this computer.</source>
        <translation>Una dirección https://. El http simple solo se acepta para un servidor en este ordenador.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Create an account – TutorHub</source>
        <translation>Crear una cuenta – TutorHub</translation>
    </message>
    <message>
        <source>Verify your e-mail – TutorHub</source>
        <translation>Verifique su correo electrónico – TutorHub</translation>
    </message>
    <message>
        <source>Reset your password – TutorHub</source>
        <translation>Restablecer su contraseña – TutorHub</translation>
    </message>
    <message>
        <source>Starting the local server…</source>
        <translation>Iniciando el servidor local…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando su cuenta…</translation>
    </message>
    <message>
        <source>Your account has been created. Verify your e-mail address to sign in.</source>
        <translation>Su cuenta se ha creado. Verifique su dirección de correo electrónico para iniciar sesión.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Enviando el código…</translation>
    </message>
    <message>
        <source>The local server on this computer does not send e-mail: open the newest message file in %1 to read the code.</source>
        <translation>El servidor local de este ordenador no envía correos electrónicos: abra el archivo de mensaje más reciente en %1 para leer el código.</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to %1. Enter it here to finish setting up your account.</source>
        <translation>Hemos enviado un código de 6 dígitos a %1. Introdúzcalo aquí para terminar de configurar su cuenta.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Your e-mail address is verified. You can sign in now.</source>
        <translation>Su dirección de correo electrónico está verificada. Ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Your e-mail address is verified. Signing you in…</source>
        <translation>Su dirección de correo electrónico está verificada. Iniciando sesión…</translation>
    </message>
    <message>
        <source>We sent a code to %1. Enter it with your new password.</source>
        <translation>Hemos enviado un código a %1. Introdúzcalo junto con su contraseña nueva.</translation>
    </message>
    <message>
        <source>Setting your new password…</source>
        <translation>Estableciendo su contraseña nueva…</translation>
    </message>
    <message>
        <source>Your password has been changed. Sign in with your new password.</source>
        <translation>Su contraseña se ha cambiado. Inicie sesión con su contraseña nueva.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear la cuenta</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>This account signs in with a code. We send a 6-digit code to your e-mail address; enter it here to finish signing in.</source>
        <translation>Esta cuenta inicia sesión con un código. Enviamos un código de 6 dígitos a su dirección de correo electrónico; introdúzcalo aquí para terminar de iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>Confirm and &amp;sign in</source>
        <translation>Confirmar e &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>Send a new sign-in code</source>
        <translation>Enviar un nuevo código de inicio de sesión</translation>
    </message>
    <message>
        <source>This account signs in with a code sent to your phone. Enter it here to finish signing in.</source>
        <translation>Esta cuenta inicia sesión con un código enviado a su teléfono. Introdúzcalo aquí para terminar de iniciar sesión.</translation>
    </message>
    <message>
        <source>This account signs in with a code sent to your e-mail address. Enter it here to finish signing in.</source>
        <translation>Esta cuenta inicia sesión con un código enviado a su dirección de correo electrónico. Introdúzcalo aquí para terminar de iniciar sesión.</translation>
    </message>
    <message>
        <source>Two-step verification is on for this account. We sent a 6-digit code to %1; enter it here within 5 minutes to finish signing in.</source>
        <translation>La verificación en dos pasos está activada en esta cuenta. Hemos enviado un código de 6 dígitos a %1; introdúzcalo aquí en 5 minutos para terminar de iniciar sesión.</translation>
    </message>
    <message>
        <source>Two-step verification is on for this account. We sent a 6-digit code to your phone; enter it here within 5 minutes to finish signing in.</source>
        <translation>La verificación en dos pasos está activada en esta cuenta. Hemos enviado un código de 6 dígitos a su teléfono; introdúzcalo aquí en 5 minutos para terminar de iniciar sesión.</translation>
    </message>
    <message>
        <source>Two-step verification – TutorHub</source>
        <translation>Verificación en dos pasos – TutorHub</translation>
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
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
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
        <translation>Su contraseña se ha cambiado. Se ha cerrado su sesión en todos los demás ordenadores y aplicaciones; vuelva a iniciarla allí con la contraseña nueva.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Offline since %1: TutorHub cannot reach the server and keeps trying. Lists show what was known; booking and payments need the connection.</source>
        <extracomment>the status bar while the server cannot be reached; %1 the time it was last reached</extracomment>
        <translation>Sin conexión desde %1: TutorHub no puede contactar con el servidor y sigue intentándolo. Las listas muestran lo último conocido; la reserva y los pagos necesitan la conexión.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
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
        <translation>Progreso</translation>
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
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Appearance of TutorHub: like the system, light, dark or high contrast</source>
        <translation>Apariencia de TutorHub: como el sistema, clara, oscura o alto contraste</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>The appearance “%1” applies from TutorHub&apos;s next start.</source>
        <translation>La apariencia «%1» se aplica desde el próximo inicio de TutorHub.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Calendario semanal</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>, selected</source>
        <translation>, seleccionado</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Semana anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Previous week (Page Up)</source>
        <translation>Semana anterior (Re Pág)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This week (Home)</source>
        <translation>Esta semana (Inicio)</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Semana siguiente ›</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation>Semana siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>week range, e.g. &quot;23 – 29 Nov 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Horas en %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::WorkspacePage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Disponible en una versión posterior</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::AdminPage</name>
    <message>
        <source>Resume unfinished moderation…</source>
        <translation>Reanudar la moderación sin terminar…</translation>
    </message>
    <message>
        <source>Resume unfinished moderation</source>
        <translation>Reanudar la moderación sin terminar</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::AdminTable</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n row(s)</source>
        <translation>
            <numerusform>Página %1 de %2 · %n fila</numerusform>
            <numerusform>Página %1 de %2 · %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>Sin páginas</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Mostrar de nuevo todas las filas</translation>
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
        <translation>Anulaciones de agentes</translation>
    </message>
    <message>
        <source>No agent override is configured.</source>
        <translation>No hay ninguna anulación de agente configurada.</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Turn override on or off</source>
        <translation>Activar o desactivar la anulación</translation>
    </message>
    <message>
        <source>&amp;Overrides</source>
        <translation>A&amp;nulaciones</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Tool catalog</source>
        <translation>Catálogo de herramientas</translation>
    </message>
    <message>
        <source>No tool matches.</source>
        <translation>Ninguna herramienta coincide.</translation>
    </message>
    <message>
        <source>Tool &amp;catalog</source>
        <translation>&amp;Catálogo de herramientas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Agent executions</source>
        <translation>Ejecuciones de agentes</translation>
    </message>
    <message>
        <source>No agent has run yet: the local server runs no agents (it only records their executions).</source>
        <translation>Todavía no se ha ejecutado ningún agente: el servidor local no ejecuta agentes (solo registra sus ejecuciones).</translation>
    </message>
    <message>
        <source>&amp;Executions</source>
        <translation>&amp;Ejecuciones</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit override</source>
        <translation>Editar anulación</translation>
    </message>
    <message>
        <source>Edit override: %1</source>
        <translation>Editar anulación: %1</translation>
    </message>
    <message>
        <source>Leave a field empty to use the agent&apos;s design default.</source>
        <translation>Deje un campo vacío para usar el valor de diseño del agente.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Design default</source>
        <translation>Valor de diseño</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>0 to 2; design default</source>
        <translation>0 a 2; valor de diseño</translation>
    </message>
    <message>
        <source>Maximum tokens</source>
        <translation>Tokens máximos</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Formato de respuesta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Choose the tools (otherwise the design default&apos;s)</source>
        <translation>Elegir las herramientas (si no, las del diseño)</translation>
    </message>
    <message>
        <source>Selected tools</source>
        <translation>Herramientas elegidas</translation>
    </message>
    <message>
        <source>Maximum tool calls</source>
        <translation>Llamadas a herramientas máximas</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo límite en segundos</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Presupuesto de tokens</translation>
    </message>
    <message>
        <source>Override on</source>
        <translation>Anulación activada</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Prompt del &amp;sistema:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>Maximum t&amp;okens:</source>
        <translation>T&amp;okens máximos:</translation>
    </message>
    <message>
        <source>Response &amp;format:</source>
        <translation>&amp;Formato de respuesta:</translation>
    </message>
    <message>
        <source>Too&amp;ls:</source>
        <translation>&amp;Herramientas:</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Límites de seguridad</translation>
    </message>
    <message>
        <source>Maximum tool &amp;calls:</source>
        <translation>&amp;Llamadas a herramientas máximas:</translation>
    </message>
    <message>
        <source>T&amp;imeout (seconds):</source>
        <translation>T&amp;iempo límite (segundos):</translation>
    </message>
    <message>
        <source>Token &amp;budget:</source>
        <translation>&amp;Presupuesto de tokens:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Save override</source>
        <translation>Guardar anulación</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::AnalyticsPage</name>
    <message>
        <source>Revenue (€)</source>
        <translation>Ingresos (€)</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Analytics&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Estadísticas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload analytics</source>
        <translation>Recargar las estadísticas</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Figures per week</source>
        <translation>Cifras por semana</translation>
    </message>
    <message>
        <source>Per &amp;week</source>
        <translation>Por &amp;semana</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Analytics reports</source>
        <translation>Informes de estadísticas</translation>
    </message>
    <message>
        <source>No report was recorded yet.</source>
        <translation>Todavía no se ha registrado ningún informe.</translation>
    </message>
    <message>
        <source>Report &amp;records</source>
        <translation>&amp;Informes registrados</translation>
    </message>
    <message>
        <source>Figures of the newest %1 rows per list only (a very large data set).</source>
        <translation>Cifras solo de las %1 filas más recientes de cada lista (un conjunto de datos muy grande).</translation>
    </message>
    <message>
        <source>Last 12 weeks, times in UTC weeks (Monday to Sunday).</source>
        <translation>Últimas 12 semanas, en semanas UTC (de lunes a domingo).</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>No se pudieron cargar las cifras: %1</translation>
    </message>
    <message>
        <source>Export analytics as CSV</source>
        <translation>Exportar las estadísticas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Enrollments, refund requests and issues per week</source>
        <translation>Inscripciones, solicitudes de reembolso e incidencias por semana</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Solicitudes de reembolso</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Activity per week</source>
        <translation>Actividad por semana</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Revenue per week (paid enrollments)</source>
        <translation>Ingresos por semana (inscripciones pagadas)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Revenue per week</source>
        <translation>Ingresos por semana</translation>
    </message>
    <message>
        <source>By course category</source>
        <translation>Por categoría de curso</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>Top tutors by revenue</source>
        <translation>Mejores tutores por ingresos</translation>
    </message>
    <message>
        <source>By tutor</source>
        <translation>Por tutor</translation>
    </message>
    <message>
        <source>Issues by type</source>
        <translation>Incidencias por tipo</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::ApplicationsPage</name>
    <message>
        <source>Certificates checked; welcome aboard.</source>
        <translation>Certificados comprobados; bienvenido a bordo.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tutor applications&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Solicitudes de tutor&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search applicant</source>
        <translation>Buscar solicitante</translation>
    </message>
    <message>
        <source>Tutor applications</source>
        <translation>Solicitudes de tutor</translation>
    </message>
    <message>
        <source>No application is waiting for a review.</source>
        <translation>Ninguna solicitud espera revisión.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Review &amp;note (sent to the applicant):</source>
        <translation>&amp;Nota de revisión (se envía al solicitante):</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Approve application</source>
        <translation>Aprobar la solicitud</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;chazar</translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation>Rechazar la solicitud</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an application.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una solicitud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>solicitud del %1</translation>
    </message>
    <message>
        <source>Specializations</source>
        <translation>Especialidades</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Titulaciones</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>&lt;p&gt;No documents were attached.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se adjuntó ningún documento.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::CoursesPage</name>
    <message>
        <source>&lt;h2&gt;Courses&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cursos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search title</source>
        <translation>Buscar título</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>No course matches.</source>
        <translation>Ningún curso coincide.</translation>
    </message>
    <message>
        <source>&amp;Flag…</source>
        <translation>&amp;Marcar…</translation>
    </message>
    <message>
        <source>Flag course</source>
        <translation>Marcar el curso</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Retirar el curso</translation>
    </message>
    <message>
        <source>Why is this course flagged? (visible to the tutor)</source>
        <translation>¿Por qué se marca este curso? (visible para el tutor)</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::DashboardPage</name>
    <message>
        <source>&lt;h2&gt;Needs attention&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Requiere atención&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh dashboard</source>
        <translation>Actualizar el panel</translation>
    </message>
    <message>
        <source>%1: %2. Opens the queue.</source>
        <translation>%1: %2. Abre la cola.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::EnrollmentsPage</name>
    <message>
        <source>&lt;h2&gt;Enrollments and refunds&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Inscripciones y reembolsos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Enrollments and refunds</source>
        <translation>Inscripciones y reembolsos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>No enrollment matches these filters.</source>
        <translation>Ninguna inscripción coincide con estos filtros.</translation>
    </message>
    <message>
        <source>&amp;Cancel enrollment…</source>
        <translation>&amp;Cancelar la inscripción…</translation>
    </message>
    <message>
        <source>Cancel enrollment</source>
        <translation>Cancelar la inscripción</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;embolsar…</translation>
    </message>
    <message>
        <source>Refund enrollment</source>
        <translation>Reembolsar la inscripción</translation>
    </message>
    <message>
        <source>&amp;Enrollments</source>
        <translation>&amp;Inscripciones</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Solicitudes de reembolso</translation>
    </message>
    <message>
        <source>No refund request matches.</source>
        <translation>Ninguna solicitud de reembolso coincide.</translation>
    </message>
    <message>
        <source>Refund &amp;requests</source>
        <translation>&amp;Solicitudes de reembolso</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Cleanup age in minutes</source>
        <translation>Plazo de limpieza en minutos</translation>
    </message>
    <message>
        <source>Run &amp;pending cleanup</source>
        <translation>Ejecutar la &amp;limpieza de pendientes</translation>
    </message>
    <message>
        <source>Run pending cleanup</source>
        <translation>Ejecutar la limpieza de pendientes</translation>
    </message>
    <message>
        <source>Cancel unpaid enrollments older than</source>
        <translation>Cancelar las inscripciones sin pagar de más de</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Approve refund request</source>
        <translation>Aprobar la solicitud de reembolso</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <source>Reject refund request</source>
        <translation>Rechazar la solicitud de reembolso</translation>
    </message>
    <message>
        <source>Their reason: %1</source>
        <translation>Su motivo: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: why it is approved</source>
        <translation>Opcional: por qué se aprueba</translation>
    </message>
    <message>
        <source>Why it is rejected (the student reads this)</source>
        <translation>Por qué se rechaza (el estudiante lo leerá)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Approve and refund</source>
        <translation>Aprobar y reembolsar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::IssuesPage</name>
    <message>
        <source>&lt;h2&gt;Issues&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Incidencias&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Reporter (name or e-mail)</source>
        <translation>Autor del aviso (nombre o correo)</translation>
    </message>
    <message>
        <source>Reported person (name or e-mail)</source>
        <translation>Persona notificada (nombre o correo)</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>No issue matches these filters.</source>
        <translation>Ninguna incidencia coincide con estos filtros.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Incidencia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Issue detail</source>
        <translation>Detalle de la incidencia</translation>
    </message>
    <message>
        <source>Internal note (never shown to the reporter)</source>
        <translation>Nota interna (nunca se muestra al autor del aviso)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Guardar la &amp;nota</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <source>Start &amp;investigating</source>
        <translation>Empezar la &amp;investigación</translation>
    </message>
    <message>
        <source>Start investigating</source>
        <translation>Empezar la investigación</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolver…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <source>Run action</source>
        <translation>Ejecutar la acción</translation>
    </message>
    <message>
        <source>Run follow-up action</source>
        <translation>Ejecutar la acción de seguimiento</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Select an issue to see it.</source>
        <translation>Seleccione una incidencia para verla.</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Notificado por:</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Notificado:</translation>
    </message>
    <message>
        <source>Person reported:</source>
        <translation>Persona notificada:</translation>
    </message>
    <message>
        <source>Course reported:</source>
        <translation>Curso notificado:</translation>
    </message>
    <message>
        <source>Course tutor:</source>
        <translation>Tutor del curso:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <source>Resolve issue</source>
        <translation>Resolver la incidencia</translation>
    </message>
    <message>
        <source>A resolution with an action (warn, course edit, removal, suspension, ban) runs that action next; removals, suspensions and bans show what they cancel and refund first.</source>
        <translation>Una resolución con acción (advertencia, edición del curso, retirada, suspensión, veto) ejecuta a continuación esa acción; las retiradas, suspensiones y vetos muestran primero lo que cancelan y reembolsan.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation>&amp;Nota interna:</translation>
    </message>
    <message>
        <source>Confirm resolution</source>
        <translation>Confirmar la resolución</translation>
    </message>
    <message>
        <source>Open or being investigated</source>
        <translation>Abierta o en investigación</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mí</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Issue priority</source>
        <translation>Prioridad de la incidencia</translation>
    </message>
    <message>
        <source>Issue assignee</source>
        <translation>Responsable de la incidencia</translation>
    </message>
    <message>
        <source>Save priority and assignee</source>
        <translation>Guardar prioridad y responsable</translation>
    </message>
    <message>
        <source>This server keeps no priority or assignee for issues (it offers only the documented contract): sort the queue by status and kind instead.</source>
        <translation>Este servidor no guarda prioridad ni responsable de las incidencias (solo ofrece el contrato documentado): ordene la lista por estado y tipo.</translation>
    </message>
    <message>
        <source>Triage not available</source>
        <translation>Clasificación no disponible</translation>
    </message>
    <message>
        <source>Priority of the selected issue</source>
        <translation>Prioridad de la incidencia seleccionada</translation>
    </message>
    <message>
        <source>Administrator the selected issue is assigned to</source>
        <translation>Administrador responsable de la incidencia seleccionada</translation>
    </message>
    <message>
        <source>Sa&amp;ve triage</source>
        <translation>Guardar cla&amp;sificación</translation>
    </message>
    <message>
        <source>&amp;Triage:</source>
        <translation>&amp;Clasificación:</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::ModerationDialog</name>
    <message>
        <source>Reactivation cancels nothing.</source>
        <translation>La reactivación no cancela nada.</translation>
    </message>
    <message>
        <source>This sequence stopped before it finished: %1. Resume runs the remaining steps; the steps already done are not repeated.</source>
        <translation>Esta secuencia se detuvo antes de terminar: %1. Reanudar ejecuta los pasos restantes; los pasos ya hechos no se repiten.</translation>
    </message>
    <message>
        <source>it was interrupted</source>
        <translation>se interrumpió</translation>
    </message>
    <message>
        <source>Course: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Curso: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>User: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Usuario: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this will cancel and refund&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que se cancelará y reembolsará&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Impact summary</source>
        <translation>Resumen del impacto</translation>
    </message>
    <message>
        <source>Affected enrollments</source>
        <translation>Inscripciones afectadas</translation>
    </message>
    <message>
        <source>The affected enrollments could not be read: %1</source>
        <translation>No se pudieron leer las inscripciones afectadas: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recorded in the moderation log and sent to the user</source>
        <translation>Se registra en el registro de moderación y se envía al usuario</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Message to the user</source>
        <translation>Mensaje al usuario</translation>
    </message>
    <message>
        <source>Optional: the warning the user receives (a standard sentence with the reason otherwise)</source>
        <translation>Opcional: la advertencia que recibe el usuario (si no, una frase estándar con el motivo)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Mens&amp;aje:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pasos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Moderation steps</source>
        <translation>Pasos de moderación</translation>
    </message>
    <message>
        <source>Moderation status</source>
        <translation>Estado de la moderación</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Confirm moderation</source>
        <translation>Confirmar la moderación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <source>A step failed: %1 Nothing is lost: the steps done so far stay done. Resume when the problem is solved (also later, from the list of unfinished moderation).</source>
        <translation>Un paso falló: %1 No se pierde nada: los pasos hechos hasta ahora siguen hechos. Reanude cuando se resuelva el problema (también más tarde, desde la lista de moderaciones sin terminar).</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n enrollment(s) canceled.</source>
        <translation>
            <numerusform>Hecho. %n inscripción cancelada.</numerusform>
            <numerusform>Hecho. %n inscripciones canceladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please give a reason: it is recorded and sent to the user.</source>
        <translation>Indique un motivo: se registra y se envía al usuario.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::ModerationLogPage</name>
    <message>
        <source>&lt;h2&gt;Moderation log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Registro de moderación&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Registro de moderación</translation>
    </message>
    <message>
        <source>No moderation action matches these filters.</source>
        <translation>Ninguna acción de moderación coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::admin::UsersPage</name>
    <message>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Usuarios&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search name or e-mail</source>
        <translation>Buscar nombre o correo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation>Ningún usuario coincide.</translation>
    </message>
    <message>
        <source>User detail</source>
        <translation>Detalle del usuario</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Rol nuevo</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Cambiar el &amp;rol</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar el rol</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <source>Suspend user</source>
        <translation>Suspender al usuario</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Vetar…</translation>
    </message>
    <message>
        <source>Ban user</source>
        <translation>Vetar al usuario</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>Re&amp;activar…</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Reactivar al usuario</translation>
    </message>
    <message>
        <source>Why this is not possible</source>
        <translation>Por qué no es posible</translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation>Seleccione un usuario.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Role: %3&lt;br&gt;Account: %4&lt;br&gt;Tutor application: %5&lt;br&gt;Registered: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Rol: %3&lt;br&gt;Cuenta: %4&lt;br&gt;Solicitud de tutor: %5&lt;br&gt;Registrado: %6</translation>
    </message>
    <message>
        <source>Suspended or banned</source>
        <translation>Suspendida o vetada</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::ChatAttachments</name>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the downloaded file</source>
        <translation>Abrir el archivo descargado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the download notice</source>
        <translation>Cerrar el aviso de descarga</translation>
    </message>
    <message>
        <source>No program is set up to open “%1”. It is saved in %2.</source>
        <translation>No hay ningún programa configurado para abrir «%1». Está guardado en %2.</translation>
    </message>
    <message>
        <source>“%1” is saved in %2.</source>
        <translation>«%1» está guardado en %2.</translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>Se canceló la descarga.</translation>
    </message>
    <message>
        <source>This server does not take files in the chat. Share a link to the file instead.</source>
        <translation>Este servidor no admite archivos en el chat. Comparta en su lugar un enlace al archivo.</translation>
    </message>
    <message>
        <source>Send a file or image…</source>
        <translation>Enviar un archivo o una imagen…</translation>
    </message>
    <message>
        <source>Share a link…</source>
        <translation>Compartir un enlace…</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Enviar archivos</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.gif *.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.odp *.txt *.md *.csv *.zip);;All files (*)</source>
        <translation>Imágenes y documentos (*.png *.jpg *.jpeg *.gif *.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.odp *.txt *.md *.csv *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This server does not hand out files sent in the chat. Ask the sender for a link instead.</source>
        <translation>Este servidor no entrega los archivos enviados en el chat. Pida en su lugar un enlace al remitente.</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>Guardar «%1»</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>Descargando «%1»…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancelar la subida</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::ChatPane</name>
    <message>
        <source>Chat connection state</source>
        <translation>Estado de la conexión del chat</translation>
    </message>
    <message>
        <source>No conversations yet. A conversation starts from an enrollment.</source>
        <translation>Todavía no hay conversaciones. Una conversación empieza a partir de una inscripción.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Cargando conversaciones…</translation>
    </message>
    <message>
        <source>Conversation list state</source>
        <translation>Estado de la lista de conversaciones</translation>
    </message>
    <message>
        <source>← Conversations</source>
        <translation>← Conversaciones</translation>
    </message>
    <message>
        <source>Back to the conversations</source>
        <translation>Volver a las conversaciones</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Título de la conversación</translation>
    </message>
    <message>
        <source>Course of the conversation</source>
        <translation>Curso de la conversación</translation>
    </message>
    <message>
        <source>Warn…</source>
        <translation>Advertir…</translation>
    </message>
    <message>
        <source>Warn the other participant</source>
        <translation>Advertir al otro participante</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>Silenciar…</translation>
    </message>
    <message>
        <source>Silence the other participant in this conversation</source>
        <translation>Silenciar al otro participante en esta conversación</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Bloquear…</translation>
    </message>
    <message>
        <source>Block the other participant in this conversation</source>
        <translation>Bloquear al otro participante en esta conversación</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>Levantar…</translation>
    </message>
    <message>
        <source>Lift a silence or block in this conversation</source>
        <translation>Levantar un silencio o un bloqueo en esta conversación</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>Indicador de escritura</translation>
    </message>
    <message>
        <source>Replying to</source>
        <translation>Respuesta a</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the reply or edit</source>
        <translation>Cancelar la respuesta o la edición</translation>
    </message>
    <message>
        <source>Chat notice</source>
        <translation>Aviso del chat</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Write a message (Enter sends, Shift+Enter new line)</source>
        <translation>Escriba un mensaje (Intro envía, Mayús+Intro nueva línea)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Attach an image or document</source>
        <translation>Adjuntar una imagen o un documento</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Attachment type</source>
        <translation>Tipo de adjunto</translation>
    </message>
    <message>
        <source>Link to the file</source>
        <translation>Enlace al archivo</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Respuesta a: %1</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Editando su mensaje</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Eliminar el mensaje</translation>
    </message>
    <message>
        <source>Delete this message for everyone in the conversation?</source>
        <translation>¿Eliminar este mensaje para todos en la conversación?</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Warn user</source>
        <translation>Advertir al usuario</translation>
    </message>
    <message>
        <source>Warning sent to %1 as a message from the TutorHub team:</source>
        <translation>Advertencia enviada a %1 como mensaje del equipo de TutorHub:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>%1 %2 in this conversation for how many hours? (0 = until lifted)</source>
        <translation>¿%1 a %2 en esta conversación durante cuántas horas? (0 = hasta que se levante)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Levantar</translation>
    </message>
    <message>
        <source>Lift which restriction of %1?</source>
        <translation>¿Qué restricción de %1 quiere levantar?</translation>
    </message>
    <message>
        <source>Attach a file, an image or a link</source>
        <translation>Adjuntar un archivo, una imagen o un enlace</translation>
    </message>
    <message>
        <source>Send a file or an image (up to %1), or share a link. You can also drop files here or paste an image.</source>
        <translation>Envíe un archivo o una imagen (hasta %1) o comparta un enlace. También puede soltar archivos aquí o pegar una imagen.</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::DockRail</name>
    <message>
        <source>Show the chat</source>
        <translation>Mostrar el chat</translation>
    </message>
    <message>
        <source>Collapse the chat</source>
        <translation>Contraer el chat</translation>
    </message>
    <message>
        <source>Collapse the chat to a narrow bar</source>
        <translation>Contraer el chat a una barra estrecha</translation>
    </message>
    <message>
        <source>Close the chat</source>
        <translation>Cerrar el chat</translation>
    </message>
    <message numerus="yes">
        <source>Show the chat (%n unread)</source>
        <extracomment>the collapsed chat&apos;s button; %n is the number of unread messages</extracomment>
        <translation>
            <numerusform>Mostrar el chat (%n sin leer)</numerusform>
            <numerusform>Mostrar el chat (%n sin leer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::chat::MessageDelegate</name>
    <message>
        <source>Image: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>%1 · uploading %2 %</source>
        <translation>%1 · subiendo %2 %</translation>
    </message>
    <message>
        <source>%1 · click to download</source>
        <translation>%1 · haga clic para descargar</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::BookingDialog</name>
    <message>
        <source>Book lessons: %1</source>
        <translation>Reservar clases: %1</translation>
    </message>
    <message>
        <source>%1. Choose the lessons you want; all times are in %2.</source>
        <translation>%1. Elija las clases que desee; todas las horas están en %2.</translation>
    </message>
    <message>
        <source>Free lessons</source>
        <translation>Clases libres</translation>
    </message>
    <message>
        <source>No free lessons this week.</source>
        <translation>No hay clases libres esta semana.</translation>
    </message>
    <message>
        <source>Book and pay</source>
        <translation>Reservar y pagar</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancelar la reserva</translation>
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
        <translation>Buscar paquetes de curso</translation>
    </message>
    <message>
        <source>Search course packs by title</source>
        <translation>Buscar paquetes de curso por título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Any scheduling</source>
        <translation>Cualquier programación</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Todos los tutores</translation>
    </message>
    <message>
        <source>Price per lesson (€):</source>
        <translation>Precio por clase (€):</translation>
    </message>
    <message>
        <source>Lowest price per lesson</source>
        <translation>Precio mínimo por clase</translation>
    </message>
    <message>
        <source>Highest price per lesson</source>
        <translation>Precio máximo por clase</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Show as cards</source>
        <translation>Mostrar como tarjetas</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Mostrar como lista</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Course packs</source>
        <translation>Paquetes de curso</translation>
    </message>
    <message>
        <source>No course packs match these filters.</source>
        <translation>Ningún paquete de curso coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::HelpPage</name>
    <message>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>What is the problem about?</source>
        <translation>¿De qué trata el problema?</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>Un curso</translation>
    </message>
    <message>
        <source>A tutor</source>
        <translation>Un tutor</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Which course or tutor</source>
        <translation>Qué curso o tutor</translation>
    </message>
    <message>
        <source>Describe the problem</source>
        <translation>Describa el problema</translation>
    </message>
    <message>
        <source>What happened? The team reads every report.</source>
        <translation>¿Qué ha pasado? El equipo lee cada aviso.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Course / tutor</source>
        <translation>Curso / tutor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Enviar el aviso</translation>
    </message>
    <message>
        <source>Your reports and their status</source>
        <translation>Sus avisos y su estado</translation>
    </message>
    <message>
        <source>Your reports</source>
        <translation>Sus avisos</translation>
    </message>
    <message>
        <source>You have not reported any problem.</source>
        <translation>No ha informado de ningún problema.</translation>
    </message>
    <message>
        <source>Mark selected as seen</source>
        <translation>Marcar la selección como vista</translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation>Marcar todo como visto</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Todavía no hay notificaciones.</translation>
    </message>
    <message>
        <source>Only courses and tutors you booked can be reported here</source>
        <translation>Aquí solo se pueden notificar los cursos y tutores que ha reservado</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::MyLearningPage</name>
    <message>
        <source>Your enrollments</source>
        <translation>Sus inscripciones</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh enrollments</source>
        <translation>Actualizar las inscripciones</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exportar el calendario…</translation>
    </message>
    <message>
        <source>Export lessons as a calendar file</source>
        <translation>Exportar las clases como archivo de calendario</translation>
    </message>
    <message>
        <source>Export lessons</source>
        <translation>Exportar las clases</translation>
    </message>
    <message>
        <source>tutorhub-lessons.ics</source>
        <translation>tutorhub-clases.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>You have no enrollments yet. Find a tutor to book your first lessons.</source>
        <translation>Todavía no tiene inscripciones. Busque un tutor para reservar sus primeras clases.</translation>
    </message>
    <message>
        <source>Pay now…</source>
        <translation>Pagar ahora…</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>Pagar ahora</translation>
    </message>
    <message>
        <source>Request a refund…</source>
        <translation>Solicitar un reembolso…</translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation>Solicitar un reembolso</translation>
    </message>
    <message>
        <source>Message the tutor</source>
        <translation>Escribir al tutor</translation>
    </message>
    <message>
        <source>Opens the conversation with this enrollment&apos;s tutor in the chat pane.</source>
        <translation>Abre la conversación con el tutor de esta inscripción en el panel del chat.</translation>
    </message>
    <message>
        <source>The chat is not available in this window. Open Messages to write to your tutor.</source>
        <translation>El chat no está disponible en esta ventana. Abra Mensajes para escribir a su tutor.</translation>
    </message>
    <message>
        <source>Lesson times are shown in %1.</source>
        <translation>Las horas de las clases se muestran en %1.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Course materials</source>
        <translation>Materiales del curso</translation>
    </message>
    <message>
        <source>Open or download</source>
        <translation>Abrir o descargar</translation>
    </message>
    <message>
        <source>Open or download the material</source>
        <translation>Abrir o descargar el material</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Solicitudes de reembolso</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Choose an enrollment to see its lessons.</source>
        <translation>Elija una inscripción para ver sus clases.</translation>
    </message>
    <message>
        <source>Why do you want a refund?</source>
        <translation>¿Por qué desea un reembolso?</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Motivo del reembolso</translation>
    </message>
    <message>
        <source>Request the refund</source>
        <translation>Solicitar el reembolso</translation>
    </message>
    <message>
        <source>Keep the enrollment</source>
        <translation>Mantener la inscripción</translation>
    </message>
    <message>
        <source>No lessons booked in this enrollment.</source>
        <translation>No hay clases reservadas en esta inscripción.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::PackCardDelegate</name>
    <message>
        <source>%1 per lesson</source>
        <translation>%1 por clase</translation>
    </message>
    <message>
        <source>Screening meeting</source>
        <translation>Reunión previa</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::PackView</name>
    <message>
        <source>Back to the catalog</source>
        <translation>Volver al catálogo</translation>
    </message>
    <message>
        <source>Tutor profile</source>
        <translation>Perfil de tutor</translation>
    </message>
    <message>
        <source>About this course</source>
        <translation>Acerca de este curso</translation>
    </message>
    <message>
        <source>Course materials</source>
        <translation>Materiales del curso</translation>
    </message>
    <message>
        <source>Screening meeting</source>
        <translation>Reunión previa</translation>
    </message>
    <message>
        <source>Request a screening meeting</source>
        <translation>Solicitar una reunión previa</translation>
    </message>
    <message>
        <source>Choose lessons…</source>
        <translation>Elegir las clases…</translation>
    </message>
    <message>
        <source>Choose lessons</source>
        <translation>Elegir las clases</translation>
    </message>
    <message>
        <source>by %1 · %2</source>
        <translation>por %1 · %2</translation>
    </message>
    <message>
        <source>%1 per lesson</source>
        <translation>%1 por clase</translation>
    </message>
    <message>
        <source>The tutor has not described this course yet.</source>
        <translation>El tutor todavía no ha descrito este curso.</translation>
    </message>
    <message>
        <source>Accept this time</source>
        <translation>Aceptar esta hora</translation>
    </message>
    <message>
        <source>Accept the proposed screening time</source>
        <translation>Aceptar la hora propuesta para la reunión previa</translation>
    </message>
    <message>
        <source>Propose other times…</source>
        <translation>Proponer otras horas…</translation>
    </message>
    <message>
        <source>Propose other screening times</source>
        <translation>Proponer otras horas para la reunión previa</translation>
    </message>
    <message>
        <source>Propose when you could meet the tutor for the screening, in %1.</source>
        <translation>Proponga cuándo podría reunirse con el tutor para la reunión previa, en %1.</translation>
    </message>
    <message>
        <source>Propose other times for the screening meeting, in %1.</source>
        <translation>Proponga otras horas para la reunión previa, en %1.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::PaymentDialog</name>
    <message>
        <source>Pay for your lessons</source>
        <translation>Pagar sus clases</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Tarjeta guardada</translation>
    </message>
    <message>
        <source>Pay with a saved card</source>
        <translation>Pagar con una tarjeta guardada</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Tarjeta nueva</translation>
    </message>
    <message>
        <source>Pay with a new card</source>
        <translation>Pagar con una tarjeta nueva</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation>Caducidad (MM/AA)</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Código de seguridad</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nombre en la tarjeta</translation>
    </message>
    <message>
        <source>Save this card for next time</source>
        <translation>Guardar esta tarjeta para la próxima vez</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Check the payment again</source>
        <translation>Volver a comprobar el pago</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close payment</source>
        <translation>Cerrar el pago</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Your bank asks you to confirm this payment on its page in your browser.</source>
        <translation>Su banco le pide que confirme este pago en su página, en el navegador.</translation>
    </message>
    <message>
        <source>Open the bank&apos;s page</source>
        <translation>Abrir la página del banco</translation>
    </message>
    <message>
        <source>Open the bank&apos;s confirmation page</source>
        <translation>Abrir la página de confirmación del banco</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::ScreeningTimesDialog</name>
    <message>
        <source>Propose screening times</source>
        <translation>Proponer horas para la reunión previa</translation>
    </message>
    <message>
        <source>Proposed time %1</source>
        <translation>Hora propuesta %1</translation>
    </message>
    <message>
        <source>&amp;Time (%1):</source>
        <translation>&amp;Hora (%1):</translation>
    </message>
    <message>
        <source>Also propose time %1:</source>
        <translation>Proponer también la hora %1:</translation>
    </message>
    <message>
        <source>Also propose time %1</source>
        <translation>Proponer también la hora %1</translation>
    </message>
    <message>
        <source>The tutor picks one of your times or proposes another.</source>
        <translation>El tutor elige una de sus horas o propone otra.</translation>
    </message>
    <message>
        <source>The tutor approves this time or proposes another.</source>
        <translation>El tutor aprueba esta hora o propone otra.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <source>Dialog message</source>
        <translation>Mensaje del cuadro de diálogo</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::StudentPages</name>
    <message>
        <source>Screening meeting for %1 with %2: %3.</source>
        <translation>Reunión previa para %1 con %2: %3.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::student::TutorView</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back from the tutor profile</source>
        <translation>Volver desde el perfil del tutor</translation>
    </message>
    <message>
        <source>Course packs of this tutor</source>
        <translation>Paquetes de curso de este tutor</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::AvailabilityPage</name>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>When you can teach. Lessons are generated from these windows on the Lessons page. Double-click the week to start a new window there.</source>
        <translation>Cuándo puede enseñar. Las clases se generan a partir de estas franjas en la página Clases. Haga doble clic en la semana para crear allí una franja nueva.</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Su zona horaria</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1. A weekly window keeps its time when the clocks change.</source>
        <translation>Las horas están en su zona horaria, %1. Una franja semanal mantiene su hora cuando cambia la hora oficial.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Only on this date</source>
        <translation>Solo en esta fecha</translation>
    </message>
    <message>
        <source>Date (its weekday for weekly windows)</source>
        <translation>Fecha (su día de la semana para las franjas semanales)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Teaching mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Añadir franja</translation>
    </message>
    <message>
        <source>Add availability window</source>
        <translation>Añadir una franja de disponibilidad</translation>
    </message>
    <message>
        <source>Change selected</source>
        <translation>Cambiar la selección</translation>
    </message>
    <message>
        <source>Change selected window</source>
        <translation>Cambiar la franja seleccionada</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Eliminar la selección</translation>
    </message>
    <message>
        <source>Delete selected window</source>
        <translation>Eliminar la franja seleccionada</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Availability week</source>
        <translation>Semana de disponibilidad</translation>
    </message>
    <message>
        <source>No availability this week. Add a window above.</source>
        <translation>Sin disponibilidad esta semana. Añada una franja arriba.</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>This date only</source>
        <translation>Solo esta fecha</translation>
    </message>
    <message>
        <source>A window must end after it starts, on the same day.</source>
        <translation>Una franja debe terminar después de empezar, el mismo día.</translation>
    </message>
    <message>
        <source>This date is in the past; choose a date from today on.</source>
        <translation>Esta fecha está en el pasado; elija una fecha a partir de hoy.</translation>
    </message>
    <message>
        <source>Import busy times…</source>
        <translation>Importar horas ocupadas…</translation>
    </message>
    <message>
        <source>Import busy times from a calendar file</source>
        <translation>Importar horas ocupadas de un archivo de calendario</translation>
    </message>
    <message>
        <source>Read an .ics file from your calendar program: its events become busy times, in which no lesson is generated.</source>
        <translation>Lee un archivo .ics de su programa de calendario: sus eventos pasan a ser horas ocupadas, en las que no se generan clases.</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) imported. No lesson is generated in them.</source>
        <translation>
            <numerusform>%n hora ocupada importada. No se generan clases en ella.</numerusform>
            <numerusform>%n horas ocupadas importadas. No se generan clases en ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Choir rehearsal</source>
        <translation>Ensayo del coro</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Dentista</translation>
    </message>
    <message>
        <source>Family visit</source>
        <translation>Visita familiar</translation>
    </message>
    <message>
        <source>Parents&apos; meeting</source>
        <translation>Reunión de padres</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::BecomeTutorPage</name>
    <message>
        <source>Become a tutor</source>
        <translation>Hacerse tutor</translation>
    </message>
    <message>
        <source>Tell us what you teach and how you are qualified. An administrator reviews your application; once it is approved your tutor workspace opens here.</source>
        <translation>Cuéntenos qué enseña y qué titulación tiene. Un administrador revisa su solicitud; cuando se apruebe, su espacio de tutor se abrirá aquí.</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Application status</source>
        <translation>Estado de la solicitud</translation>
    </message>
    <message>
        <source>Application status explanation</source>
        <translation>Explicación del estado de la solicitud</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Comprobar el estado</translation>
    </message>
    <message>
        <source>Check application status</source>
        <translation>Comprobar el estado de la solicitud</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota del revisor</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Materias</translation>
    </message>
    <message>
        <source>e.g. Mathematics, Physics</source>
        <translation>p. ej., Matemáticas, Física</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Titulaciones</translation>
    </message>
    <message>
        <source>Degrees and other education</source>
        <translation>Títulos y otra formación</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Teaching or subject certificates</source>
        <translation>Certificados de docencia o de la materia</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>A few sentences about you as a teacher</source>
        <translation>Unas frases sobre usted como docente</translation>
    </message>
    <message>
        <source>Document links</source>
        <translation>Enlaces a documentos</translation>
    </message>
    <message>
        <source>Links to your diplomas or certificates, one per line (https://…)</source>
        <translation>Enlaces a sus títulos o certificados, uno por línea (https://…)</translation>
    </message>
    <message>
        <source>&amp;Subjects:</source>
        <translation>&amp;Materias:</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Titulaciones:</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Certificaciones:</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>&amp;Biografía:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Documentos:</translation>
    </message>
    <message>
        <source>Send application</source>
        <translation>Enviar la solicitud</translation>
    </message>
    <message>
        <source>Your application is being reviewed. You can keep using TutorHub as a student meanwhile.</source>
        <translation>Su solicitud está en revisión. Mientras tanto, puede seguir usando TutorHub como estudiante.</translation>
    </message>
    <message>
        <source>Your application was approved. Your tutor workspace opens now.</source>
        <translation>Su solicitud se ha aprobado. Su espacio de tutor se abre ahora.</translation>
    </message>
    <message>
        <source>Your application was not approved. You may improve it and apply again.</source>
        <translation>Su solicitud no se ha aprobado. Puede mejorarla y volver a presentarla.</translation>
    </message>
    <message>
        <source>You have not applied yet.</source>
        <translation>Todavía no ha presentado ninguna solicitud.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: %1</source>
        <translation>Nota del revisor: %1</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::BusyTimesImportDialog</name>
    <message>
        <source>Import busy times</source>
        <translation>Importar horas ocupadas</translation>
    </message>
    <message>
        <source>Events of a calendar file (.ics) become busy times: the Availability week shows them and no lesson is generated then. Cancelled and free events are left out. Times are shown in your time zone, %1.</source>
        <translation>Los eventos de un archivo de calendario (.ics) pasan a ser horas ocupadas: la semana de disponibilidad las muestra y no se generan clases en ellas. Los eventos cancelados y libres se omiten. Las horas se muestran en su zona horaria, %1.</translation>
    </message>
    <message>
        <source>Dialog message</source>
        <translation>Mensaje del cuadro de diálogo</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Elegir un archivo de calendario</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Busy times in the file</source>
        <translation>Horas ocupadas del archivo</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Cuándo (%1)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Choose a calendar file to see its busy times.</source>
        <translation>Elija un archivo de calendario para ver sus horas ocupadas.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ifb *.ical);;All files (*)</source>
        <translation>Archivos de calendario (*.ics *.ifb *.ical);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened (%2). Choose another file.</source>
        <translation>No se puede abrir el archivo %1 (%2). Elija otro archivo.</translation>
    </message>
    <message>
        <source>Reading what is already stored…</source>
        <translation>Leyendo lo ya guardado…</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Importada antes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>The file has no busy times between these dates.</source>
        <translation>El archivo no tiene horas ocupadas entre estas fechas.</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) found between these dates.</source>
        <translation>
            <numerusform>%n hora ocupada encontrada entre estas fechas.</numerusform>
            <numerusform>%n horas ocupadas encontradas entre estas fechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them imported before; they are not imported again.</source>
        <translation>
            <numerusform>%n de ellas ya se importó; no se vuelve a importar.</numerusform>
            <numerusform>%n de ellas ya se importaron; no se vuelven a importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled or free event(s) left out.</source>
        <translation>
            <numerusform>%n evento cancelado o libre omitido.</numerusform>
            <numerusform>%n eventos cancelados o libres omitidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import adds %n busy time(s).</source>
        <translation>
            <numerusform>La importación añade %n hora ocupada.</numerusform>
            <numerusform>La importación añade %n horas ocupadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) imported.</source>
        <translation>
            <numerusform>%n hora ocupada importada.</numerusform>
            <numerusform>%n horas ocupadas importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported; the list says why. Import tries them again.</source>
        <translation>
            <numerusform>%n no se pudo importar; la lista dice por qué. «Importar» lo intenta de nuevo.</numerusform>
            <numerusform>%n no se pudieron importar; la lista dice por qué. «Importar» lo intenta de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some busy times were not imported; the list says why for each.</source>
        <translation>Algunas horas ocupadas no se importaron; la lista dice por qué en cada caso.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::CancelSlotDialog</name>
    <message>
        <source>Cancel lesson</source>
        <translation>Cancelar la clase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The student sees this reason.</source>
        <translation>El estudiante ve este motivo.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Tell the student why the lesson is canceled.</source>
        <translation>Explique al estudiante por qué se cancela la clase.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::CoursePacksPage</name>
    <message>
        <source>Course packs</source>
        <translation>Paquetes de curso</translation>
    </message>
    <message>
        <source>Your course packs with their price and scheduling rules, and the materials enrolled students get.</source>
        <translation>Sus paquetes de curso con su precio y sus reglas de programación, y los materiales que reciben los estudiantes inscritos.</translation>
    </message>
    <message>
        <source>New pack…</source>
        <translation>Paquete nuevo…</translation>
    </message>
    <message>
        <source>New course pack</source>
        <translation>Nuevo paquete de curso</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit course pack</source>
        <translation>Editar el paquete de curso</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish or unpublish</source>
        <translation>Publicar o despublicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete course pack</source>
        <translation>Eliminar el paquete de curso</translation>
    </message>
    <message>
        <source>You have no course packs yet. Create one with “New pack”.</source>
        <translation>Todavía no tiene paquetes de curso. Cree uno con «Paquete nuevo».</translation>
    </message>
    <message>
        <source>Moderation status</source>
        <translation>Estado de la moderación</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Add material…</source>
        <translation>Añadir material…</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Añadir material</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>Editar el material</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move material up</source>
        <translation>Subir el material</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move material down</source>
        <translation>Bajar el material</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Eliminar el material</translation>
    </message>
    <message>
        <source>This pack has no materials yet.</source>
        <translation>Este paquete todavía no tiene materiales.</translation>
    </message>
    <message>
        <source>Delete “%1”? Students will no longer see it and its free lessons are canceled.</source>
        <translation>¿Eliminar «%1»? Los estudiantes dejarán de verlo y se cancelarán sus clases libres.</translation>
    </message>
    <message>
        <source>Moderation: %1.</source>
        <translation>Moderación: %1.</translation>
    </message>
    <message>
        <source>Note from the moderators: %1</source>
        <translation>Nota de los moderadores: %1</translation>
    </message>
    <message>
        <source>Students can still see the pack; please address the note.</source>
        <translation>Los estudiantes todavía ven el paquete; atienda la nota.</translation>
    </message>
    <message>
        <source>Materials of “%1”</source>
        <translation>Materiales de «%1»</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Despublicar</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::EarningsPage</name>
    <message>
        <source>Students &amp; earnings</source>
        <translation>Estudiantes e ingresos</translation>
    </message>
    <message>
        <source>Who is enrolled in your course packs, and what you earn.</source>
        <translation>Quién está inscrito en sus paquetes de curso y cuánto gana.</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Earnings per month</source>
        <translation>Ingresos por mes</translation>
    </message>
    <message>
        <source>Paid: payments received, in the month of enrollment. Refunded: in the month of the refund. Upcoming: each booked lesson still ahead, its share of the pack&apos;s price, in the lesson&apos;s month. Amounts in euros, months in %1.</source>
        <translation>Pagado: pagos recibidos, en el mes de la inscripción. Reembolsado: en el mes del reembolso. Próximas: cada clase reservada aún pendiente, su parte del precio del paquete, en el mes de la clase. Importes en euros, meses en %1.</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Enrollments in your packs</source>
        <translation>Inscripciones en sus paquetes</translation>
    </message>
    <message>
        <source>No student has enrolled in your packs yet.</source>
        <translation>Todavía no se ha inscrito ningún estudiante en sus paquetes.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::GenerateSlotsDialog</name>
    <message>
        <source>Generate lessons</source>
        <translation>Generar clases</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Session mode</source>
        <translation>Modalidad de la sesión</translation>
    </message>
    <message>
        <source>&amp;Course pack:</source>
        <translation>&amp;Paquete de curso:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>Lessons are opened in your availability windows, in your time zone (%1). Times that already hold a lesson are skipped.</source>
        <translation>Las clases se abren en sus franjas de disponibilidad, en su zona horaria (%1). Se omiten las horas que ya tienen una clase.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::LessonDialog</name>
    <message>
        <source>Course pack</source>
        <translation>Paquete de curso</translation>
    </message>
    <message>
        <source>As the availability says</source>
        <translation>Según la disponibilidad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lesson length in minutes</source>
        <translation>Duración de la clase en minutos</translation>
    </message>
    <message>
        <source>Dialog message</source>
        <translation>Mensaje del cuadro de diálogo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Your lessons and screening meetings, in your time zone.</source>
        <translation>Sus clases y reuniones previas, en su zona horaria.</translation>
    </message>
    <message>
        <source>Lessons and screening</source>
        <translation>Clases y reuniones</translation>
    </message>
    <message>
        <source>Generate lessons…</source>
        <translation>Generar clases…</translation>
    </message>
    <message>
        <source>Generate lessons from availability</source>
        <translation>Generar clases a partir de la disponibilidad</translation>
    </message>
    <message>
        <source>Add lesson…</source>
        <translation>Añadir clase…</translation>
    </message>
    <message>
        <source>Add a single lesson</source>
        <translation>Añadir una sola clase</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Marcar completada</translation>
    </message>
    <message>
        <source>Mark lesson completed</source>
        <translation>Marcar la clase como completada</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Cancel lesson</source>
        <translation>Cancelar la clase</translation>
    </message>
    <message>
        <source>Place / link…</source>
        <translation>Lugar / enlace…</translation>
    </message>
    <message>
        <source>Set place or meeting link</source>
        <translation>Definir el lugar o el enlace de la reunión</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete free lesson</source>
        <translation>Eliminar la clase libre</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exportar el calendario…</translation>
    </message>
    <message>
        <source>Export lessons as iCalendar file</source>
        <translation>Exportar las clases como archivo iCalendar</translation>
    </message>
    <message>
        <source>Lessons week</source>
        <translation>Semana de clases</translation>
    </message>
    <message>
        <source>No lessons this week. Generate them from your availability.</source>
        <translation>No hay clases esta semana. Genérelas a partir de su disponibilidad.</translation>
    </message>
    <message>
        <source>Lessons of the week</source>
        <translation>Clases de la semana</translation>
    </message>
    <message>
        <source>No lessons this week.</source>
        <translation>No hay clases esta semana.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Approve screening meeting</source>
        <translation>Aprobar la reunión previa</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Reject screening request</source>
        <translation>Rechazar la solicitud de reunión</translation>
    </message>
    <message>
        <source>Screening requests</source>
        <translation>Solicitudes de reunión</translation>
    </message>
    <message>
        <source>No screening requests. Packs that require screening get them here.</source>
        <translation>No hay solicitudes de reunión. Los paquetes que requieren una reunión previa las reciben aquí.</translation>
    </message>
    <message>
        <source>Export lessons</source>
        <translation>Exportar las clases</translation>
    </message>
    <message>
        <source>tutorhub-lessons.ics</source>
        <translation>tutorhub-clases.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The lesson has not started yet.</source>
        <translation>La clase todavía no ha empezado.</translation>
    </message>
    <message>
        <source>Propose another time…</source>
        <translation>Proponer otra hora…</translation>
    </message>
    <message>
        <source>Propose another screening time</source>
        <translation>Proponer otra hora para la reunión previa</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::LocationDialog</name>
    <message>
        <source>Place and meeting link</source>
        <translation>Lugar y enlace de la reunión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Address or details</source>
        <translation>Dirección o detalles</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Enlace de la reunión</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <source>Meeting &amp;link:</source>
        <translation>&amp;Enlace de la reunión:</translation>
    </message>
    <message>
        <source>The meeting link must be a web address starting with https://.</source>
        <translation>El enlace de la reunión debe ser una dirección web que empiece por https://.</translation>
    </message>
    <message>
        <source>Enter the address or a description of the place.</source>
        <translation>Introduzca la dirección o una descripción del lugar.</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::MaterialDialog</name>
    <message>
        <source>Add material</source>
        <translation>Añadir material</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>Editar el material</translation>
    </message>
    <message>
        <source>Material message</source>
        <translation>Mensaje del material</translation>
    </message>
    <message>
        <source>Material title</source>
        <translation>Título del material</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose file to upload</source>
        <translation>Elegir el archivo para subir</translation>
    </message>
    <message>
        <source>Material description</source>
        <translation>Descripción del material</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Address or file:</source>
        <translation>Dirección o archivo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Visible to you, to students whose enrollment in this pack is active or completed, and to administrators.</source>
        <translation>Visible para usted, para los estudiantes cuya inscripción en este paquete está activa o completada, y para los administradores.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save material</source>
        <translation>Guardar el material</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Will upload “%1” (%2 KB).</source>
        <translation>Se subirá «%1» (%2 KB).</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>No se pudo leer «%1».</translation>
    </message>
    <message>
        <source>This server does not accept file uploads: put the file online (a shared drive or your website) and paste its web address.</source>
        <translation>Este servidor no acepta subir archivos: publique el archivo en línea (una unidad compartida o su sitio web) y pegue su dirección web.</translation>
    </message>
    <message>
        <source>Why there is no upload</source>
        <translation>Por qué no se puede subir un archivo</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::PackEditorDialog</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>New course pack</source>
        <translation>Nuevo paquete de curso</translation>
    </message>
    <message>
        <source>Edit course pack</source>
        <translation>Editar el paquete de curso</translation>
    </message>
    <message>
        <source>Pack editor message</source>
        <translation>Mensaje del editor de paquetes</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price per lesson in euros</source>
        <translation>Precio por clase en euros</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Minimum lessons per week</source>
        <translation>Mínimo de clases por semana</translation>
    </message>
    <message>
        <source>Maximum lessons per day</source>
        <translation>Máximo de clases por día</translation>
    </message>
    <message>
        <source>Lessons in the pack</source>
        <translation>Clases del paquete</translation>
    </message>
    <message>
        <source>Period length</source>
        <translation>Duración del periodo</translation>
    </message>
    <message>
        <source>Period unit</source>
        <translation>Unidad del periodo</translation>
    </message>
    <message>
        <source>Students need an approved screening meeting before enrolling</source>
        <translation>Los estudiantes necesitan una reunión previa aprobada antes de inscribirse</translation>
    </message>
    <message>
        <source>Screening required</source>
        <translation>Reunión previa obligatoria</translation>
    </message>
    <message>
        <source>Published (students can find and book it)</source>
        <translation>Publicado (los estudiantes pueden encontrarlo y reservarlo)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>&amp;Price per lesson:</source>
        <translation>&amp;Precio por clase:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Euro (EUR)</source>
        <translation>Euro (EUR)</translation>
    </message>
    <message>
        <source>&amp;Scheduling:</source>
        <translation>Progra&amp;mación:</translation>
    </message>
    <message>
        <source>Lessons per &amp;week, at least:</source>
        <translation>Clases por &amp;semana, mínimo:</translation>
    </message>
    <message>
        <source>Lessons per da&amp;y, at most:</source>
        <translation>Clases por día, má&amp;ximo:</translation>
    </message>
    <message>
        <source>&amp;Lessons in the pack:</source>
        <translation>C&amp;lases en el paquete:</translation>
    </message>
    <message>
        <source>Within a period of:</source>
        <translation>En un periodo de:</translation>
    </message>
    <message>
        <source>Create pack</source>
        <translation>Crear el paquete</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Moderation: %1. %2</source>
        <translation>Moderación: %1. %2</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Elija una categoría…</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>This is what students see of you in the catalog.</source>
        <translation>Esto es lo que los estudiantes ven de usted en el catálogo.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Materias</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Mathematics, Physics</source>
        <translation>Separadas por comas, p. ej., Matemáticas, Física</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Photo link</source>
        <translation>Enlace de la foto</translation>
    </message>
    <message>
        <source>Upload photo…</source>
        <translation>Subir una foto…</translation>
    </message>
    <message>
        <source>Upload photo</source>
        <translation>Subir una foto</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>&amp;Subjects:</source>
        <translation>&amp;Materias:</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Certificaciones:</translation>
    </message>
    <message>
        <source>&amp;Experience:</source>
        <translation>&amp;Experiencia:</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>&amp;Biografía:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer los cambios</translation>
    </message>
    <message>
        <source>Preview as students see it</source>
        <translation>Vista previa tal como la ven los estudiantes</translation>
    </message>
    <message>
        <source>Preview — as students see you</source>
        <translation>Vista previa — como le ven los estudiantes</translation>
    </message>
    <message>
        <source>Photo preview</source>
        <translation>Vista previa de la foto</translation>
    </message>
    <message>
        <source>Profile preview</source>
        <translation>Vista previa del perfil</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>Certifications:</source>
        <translation>Certificaciones:</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Experiencia:</translation>
    </message>
    <message>
        <source>Teaches: %1</source>
        <translation>Enseña: %1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Photo not found</source>
        <translation>Foto no encontrada</translation>
    </message>
    <message>
        <source>This server does not accept photo uploads: paste the web address of a photo that is already online.</source>
        <translation>Este servidor no acepta subir fotos: pegue la dirección web de una foto que ya esté en línea.</translation>
    </message>
    <message>
        <source>Why there is no photo upload</source>
        <translation>Por qué no se puede subir una foto</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::ScreeningDecisionDialog</name>
    <message>
        <source>Approve screening meeting</source>
        <translation>Aprobar la reunión previa</translation>
    </message>
    <message>
        <source>Reject screening request</source>
        <translation>Rechazar la solicitud de reunión</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>%1 asks to join “%2”.</source>
        <translation>%1 pide unirse a «%2».</translation>
    </message>
    <message>
        <source>A student</source>
        <translation>Un estudiante</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Hora de la reunión</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Enlace de la reunión</translation>
    </message>
    <message>
        <source>&amp;When (%1):</source>
        <translation>&amp;Cuándo (%1):</translation>
    </message>
    <message>
        <source>Meeting &amp;link:</source>
        <translation>&amp;Enlace de la reunión:</translation>
    </message>
    <message>
        <source>Comment for the student</source>
        <translation>Comentario para el estudiante</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>C&amp;omentario:</translation>
    </message>
    <message>
        <source>The meeting must take place in the future.</source>
        <translation>La reunión debe tener lugar en el futuro.</translation>
    </message>
    <message>
        <source>Enter the meeting link (https://…) so that the student can join.</source>
        <translation>Introduzca el enlace de la reunión (https://…) para que el estudiante pueda unirse.</translation>
    </message>
    <message>
        <source>Tell the student briefly why the request is rejected.</source>
        <translation>Explique brevemente al estudiante por qué se rechaza la solicitud.</translation>
    </message>
    <message>
        <source>Propose another screening time</source>
        <translation>Proponer otra hora para la reunión previa</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <source>The student&apos;s proposed times</source>
        <translation>Las horas propuestas por el estudiante</translation>
    </message>
    <message>
        <source>Another time</source>
        <translation>Otra hora</translation>
    </message>
    <message>
        <source>&amp;Proposed times:</source>
        <translation>Horas &amp;propuestas:</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::SingleSlotDialog</name>
    <message>
        <source>Add a lesson</source>
        <translation>Añadir una clase</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>Añadir la clase</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Session mode</source>
        <translation>Modalidad de la sesión</translation>
    </message>
    <message>
        <source>&amp;Course pack:</source>
        <translation>&amp;Paquete de curso:</translation>
    </message>
    <message>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Inicio (%1):</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
</context>
<context>
    <name>tutorhub::ui::tutor::TutorPage</name>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation>Mensaje de la página</translation>
    </message>
</context>
</TS>
