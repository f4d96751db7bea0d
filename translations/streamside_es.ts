<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppPaths</name>
    <message>
        <source>No folder for Streamside&apos;s data could be determined.</source>
        <translation>No se pudo determinar ninguna carpeta para los datos de Streamside.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation>Pegue el client id (ID de cliente) de su aplicación de Twitch.</translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation>Un client id de Twitch solo contiene letras y dígitos (hasta 64), tal como aparece en la consola de desarrolladores de Twitch.</translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation>Streamside necesita el client id de una aplicación de Twitch para iniciar sesión. Registre una en dev.twitch.tv (tipo de cliente: Public, URL de redirección de OAuth %1) y pegue aquí su client id.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Streamside: a Twitch companion with the live player, chat and the latest events of your favourite channels in one window.</source>
        <translation>Streamside: un complemento de Twitch con el reproductor en directo, el chat y los últimos eventos de tus canales favoritos en una sola ventana.</translation>
    </message>
    <message>
        <source>Run against the built-in Twitch simulator, with a separate profile.</source>
        <translation>Ejecutar con el simulador de Twitch integrado, con un perfil independiente.</translation>
    </message>
    <message>
        <source>Open the channel LOGIN at start.</source>
        <translation>Abrir el canal LOGIN al iniciar.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>Iniciar sin mostrar la ventana.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>Argumento inesperado &apos;%1&apos;; consulta --help.</translation>
    </message>
    <message>
        <source>--channel: &apos;%1&apos; is not a Twitch login (letters, digits and underscores, at most 25).</source>
        <extracomment>%1 is what was given</extracomment>
        <translation>--channel: &apos;%1&apos; no es un inicio de sesión de Twitch válido (letras, dígitos y guiones bajos, 25 como máximo).</translation>
    </message>
</context>
<context>
    <name>EventSummary</name>
    <message>
        <source>Prime</source>
        <translation>Prime</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>Nivel 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Nivel 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Nivel 3</translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation>Un espectador anónimo</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation>%1 se suscribió</translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation>%1 se suscribió con %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation>
            <numerusform>%1 renovó su suscripción durante %Ln mes</numerusform>
            <numerusform>%1 renovó su suscripción durante %Ln meses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation>%1 renovó su suscripción</translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation>%1 regaló una suscripción a %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation>
            <numerusform>%1 regaló %Ln suscripción a la comunidad</numerusform>
            <numerusform>%1 regaló %Ln suscripciones a la comunidad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation>%1 continúa la suscripción regalada por %2</translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation>%1 mejoró su suscripción con Prime</translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation>%1 devuelve el favor del regalo de %2</translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation>La suscripción de %1 terminó</translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation>
            <numerusform>%1 hizo un raid con %Ln espectador</numerusform>
            <numerusform>%1 hizo un raid con %Ln espectadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation>
            <numerusform>Haciendo raid a %1 con %Ln espectador</numerusform>
            <numerusform>Haciendo raid a %1 con %Ln espectadores</numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation>Se canceló el raid</translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation>
            <numerusform>%1 animó con %Ln bit</numerusform>
            <numerusform>%1 animó con %Ln bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation>
            <numerusform>%1 usó %Ln bit</numerusform>
            <numerusform>%1 usó %Ln bits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation>%1 desbloqueó la insignia de %2 bits</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>Anuncio de %1</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>Anuncio: %1</translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation>%1 donó %2 a %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation>
            <numerusform>%1 vio %Ln directo seguido</numerusform>
            <numerusform>%1 vio %Ln directos seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation>%1 compartió una racha de visualización</translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation>%1 destacó un mensaje</translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation>%1 usó un Power-up</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation>Se borró el chat</translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation>Se eliminó un mensaje de %1</translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation>Cambió la configuración del chat</translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation>%1 está en directo</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>%1 se desconectó</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation>Nuevo título: %1</translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation>Nuevo título: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation>%1 ahora sigue el canal</translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation>%1 canjeó %2</translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation>Empezó un tren del hype</translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation>
            <numerusform>El tren del hype alcanzó el nivel %Ln</numerusform>
            <numerusform>El tren del hype alcanzó el nivel %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation>
            <numerusform>El tren del hype terminó en el nivel %Ln</numerusform>
            <numerusform>El tren del hype terminó en el nivel %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>Encuesta: %1</translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation>Encuesta actualizada: %1</translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation>Encuesta terminada: %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>Predicción: %1</translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation>Predicción actualizada: %1</translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation>Predicción bloqueada: %1</translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation>Predicción terminada: %1</translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation>
            <numerusform>Empezó una pausa publicitaria de %Ln segundo</numerusform>
            <numerusform>Empezó una pausa publicitaria de %Ln segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation>Objetivo iniciado: %1</translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation>Progreso del objetivo: %1</translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation>Objetivo terminado: %1</translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation>Empezó una campaña benéfica para %1</translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation>La campaña benéfica para %1 avanzó</translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation>La campaña benéfica para %1 terminó</translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation>Shoutout a %1</translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation>%1 dio un shoutout a este canal</translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation>El modo escudo está activado</translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation>El modo escudo está desactivado</translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation>Empezó un chat compartido</translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation>El chat compartido cambió</translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation>El chat compartido terminó</translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation>Evento de Twitch: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation>Streamside no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation>
            <numerusform>hace %Ln min</numerusform>
            <numerusform>hace %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation>
            <numerusform>hace %Ln h</numerusform>
            <numerusform>hace %Ln h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The account could not be saved.</source>
        <translation>No se pudo guardar la cuenta.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>No se pudo quitar la cuenta.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>No se puede crear la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>No se pudo comprobar la base de datos.</translation>
    </message>
    <message>
        <source>The database failed its integrity check (%1).</source>
        <translation>La base de datos no superó la comprobación de integridad (%1).</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s version.</source>
        <translation>No se puede leer la versión de la base de datos.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Streamside (schema %2; this version knows up to %3). Update Streamside.</source>
        <translation>La base de datos %1 se escribió con una versión más reciente de Streamside (esquema %2; esta versión conoce hasta el %3). Actualice Streamside.</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1.</source>
        <translation>No se pudo actualizar la base de datos a la versión %1.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>No se pudo actualizar la base de datos.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be moved aside.</source>
        <translation>La base de datos %1 está dañada y no se puede apartar.</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is now private to you.</source>
        <translation>Otros usuarios podían leer %1; ahora solo usted tiene acceso.</translation>
    </message>
    <message>
        <source>An event could not be saved.</source>
        <translation>No se pudo guardar un evento.</translation>
    </message>
    <message>
        <source>Old events could not be removed.</source>
        <translation>No se pudieron quitar los eventos antiguos.</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>No se pudo leer el historial de eventos.</translation>
    </message>
    <message>
        <source>The favourites could not be read.</source>
        <translation>No se pudieron leer los favoritos.</translation>
    </message>
    <message>
        <source>The favourite could not be added.</source>
        <translation>No se pudo añadir el favorito.</translation>
    </message>
    <message>
        <source>The favourite could not be removed.</source>
        <translation>No se pudo quitar el favorito.</translation>
    </message>
    <message>
        <source>The favourites could not be reordered.</source>
        <translation>No se pudieron reordenar los favoritos.</translation>
    </message>
    <message>
        <source>The channel is not a favourite.</source>
        <translation>El canal no es un favorito.</translation>
    </message>
    <message>
        <source>The notification rules could not be saved.</source>
        <translation>No se pudieron guardar las reglas de notificación.</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved.</source>
        <translation>No se pudo guardar la opción %1.</translation>
    </message>
    <message>
        <source>The setting %1 could not be reset.</source>
        <translation>No se pudo restablecer la opción %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what could not be done, %2 why (two sentences; languages that write no space between sentences leave it out)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1).</source>
        <translation>Otro programa está usando la base de datos (%1).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; everything saved before is kept.</source>
        <translation>El disco está lleno. Libere algo de espacio; todo lo guardado antes se conserva.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>No se puede escribir en la base de datos (%1).</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>La base de datos está dañada (%1).</translation>
    </message>
    <message>
        <source>The database said: %1.</source>
        <extracomment>%1 is the database&apos;s own description of the problem</extracomment>
        <translation>La base de datos indicó: %1.</translation>
    </message>
</context>
<context>
    <name>WebModuleLoader</name>
    <message>
        <source>The web view module could not be loaded (%1).</source>
        <translation>No se pudo cargar el módulo de vista web (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Su sesión de Twitch ha terminado: inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation>No se pudo leer su inicio de sesión de Twitch guardado: inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation>Twitch no proporcionó ningún token de acceso.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>No se pudo conectar con Twitch (%1).</translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation>Twitch no aceptó el inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation>El inicio de sesión se hizo para otra aplicación.</translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation>El token no es un token de usuario.</translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>El código caducó antes de aprobarse. Vuelva a empezar para obtener un código nuevo.</translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation>No hay ninguna aplicación de Twitch configurada: introduzca primero un client id.</translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation>Twitch respondió a la solicitud de inicio de sesión de forma inesperada.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation>Twitch denegó el inicio de sesión.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>No se pudo conectar con Twitch (%1).</translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation>Twitch no reconoce el client id de esta aplicación (%1).</translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation>Twitch rechazó el inicio de sesión (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation>ningún mensaje de Twitch durante %1 s</translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation>Twitch no dio la bienvenida a la conexión en %1 s</translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation>Twitch cerró la conexión: error interno del servidor</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation>Twitch cerró la conexión: el cliente envió un mensaje</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation>Twitch cerró la conexión: el cliente no respondió a un ping</translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation>Twitch cerró la conexión: no se creó ninguna suscripción a tiempo</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation>Twitch cerró la conexión: expiró el plazo de reconexión</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation>Twitch cerró la conexión: tiempo de espera de red agotado</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation>Twitch cerró la conexión: error de red</translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation>Twitch cerró la conexión: URL de reconexión no válida</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation>Twitch cerró la conexión (código %1)</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation>Twitch cerró la conexión (código %1: %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>conectando con %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation>una trama binaria (%1 bytes); Twitch envía tramas de texto</translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation>se perdió la conexión con Twitch</translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation>se perdió la conexión con Twitch (%1)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation>La instancia anterior de Streamside no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation>No se pudo contactar con la instancia anterior de Streamside: %1</translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation>La instancia anterior de Streamside se cerró sin hacer el traspaso.</translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation>La instancia anterior de Streamside respondió algo inesperado.</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation>No se pudo esperar a una instancia sucesora: %1</translation>
    </message>
</context>
<context>
    <name>streamside::HelixClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Sin respuesta en %n segundo</numerusform>
            <numerusform>Sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::KeychainKeyStore</name>
    <message>
        <source>The key in the keychain has the wrong size.</source>
        <translation>La clave del llavero tiene un tamaño incorrecto.</translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>Su navegador no respondió en %n minuto. Vuelva a iniciar sesión.</numerusform>
            <numerusform>Su navegador no respondió en %n minutos. Vuelva a iniciar sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation>No hay ninguna aplicación de Twitch configurada, así que no se puede iniciar sesión. Asigne a STREAMSIDE_CLIENT_ID el client id de una aplicación registrada.</translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation>Streamside no pudo abrir su navegador web. Copie el enlace de inicio de sesión en su navegador para continuar.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation>Elija otro puerto con la variable de entorno STREAMSIDE_REDIRECT_PORT. Twitch solo devuelve el inicio de sesión a una dirección registrada para la aplicación, así que http://localhost:&lt;port&gt; con el nuevo puerto también debe estar registrada allí.</translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation>No hay ningún puerto configurado para recibir el inicio de sesión desde su navegador.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation>Otro programa ya usa el puerto %1 de este equipo, así que Streamside no puede recibir el inicio de sesión desde su navegador. Cierre ese programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation>Streamside no puede recibir el inicio de sesión desde su navegador en el puerto %1: %2.</translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation>No es una solicitud de inicio de sesión</translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation>Aquí Streamside solo responde a la redirección de inicio de sesión.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Dirección incorrecta</translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation>Esta dirección no pertenece al inicio de sesión de Streamside.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation>Solo la propia página de inicio de sesión de Streamside puede enviar esto.</translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation>Este inicio de sesión ha terminado</translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation>Streamside ya no está esperando un inicio de sesión. Puede cerrar esta pestaña; para iniciar sesión, vuelva a empezar desde Streamside.</translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation>Iniciando sesión en Streamside</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>Finalizando el inicio de sesión…</translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation>Streamside no respondió. Vuelva a iniciar sesión desde Streamside.</translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation>Active JavaScript en esta página para terminar de iniciar sesión en Streamside.</translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation>No es una respuesta de inicio de sesión</translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation>Esto no es una respuesta de Twitch.</translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation>Esta respuesta de Twitch pertenece a otro intento de inicio de sesión. Use la pestaña de inicio de sesión más reciente o vuelva a iniciar sesión desde Streamside.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>No es este inicio de sesión</translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation>Inicio de sesión cancelado - Streamside</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Inicio de sesión cancelado</translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation>No ha iniciado sesión en Streamside. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation>Canceló el inicio de sesión en Twitch.</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation>Error al iniciar sesión - Streamside</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation>Esta respuesta de Twitch no contiene ningún token.</translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation>Sesión iniciada - Streamside</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation>Ha iniciado sesión en Streamside. Puede cerrar esta pestaña.</translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 está en directo</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>
            <numerusform>%n evento nuevo en el canal de %1</numerusform>
            <numerusform>%n eventos nuevos en el canal de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::OAuthClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Sin respuesta en %n segundo</numerusform>
            <numerusform>Sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation>Tiene prohibido el acceso al chat de este canal, así que sus eventos de chat se detuvieron.</translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation>Se retiró el acceso de Streamside a su cuenta de Twitch, así que estos eventos se detuvieron. Inicie sesión de nuevo para recuperarlos.</translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation>Esta cuenta de Twitch se cerró o se suspendió, así que sus eventos se detuvieron.</translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation>Twitch ya no ofrece este tipo de evento en la forma que Streamside solicita. Una actualización de Streamside lo recuperará.</translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation>Ya no es moderador de este canal, así que sus eventos de moderación (seguimientos, shoutouts) se detuvieron.</translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation>Twitch dejó de enviar estos eventos (%1).</translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation>Twitch siguió pidiendo a Streamside que redujera el ritmo.</translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation>Se alcanzó el límite de Twitch de suscripciones a eventos.</translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation>Twitch no respondió correctamente (%1).</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>no autorizado</translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation>Algunos eventos de este canal no están disponibles: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation>Añadir un favorito</translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation>Nombre del canal o usuario</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>Canal que añadir</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>Canales coincidentes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation>%1 — en directo: %2</translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation>Ningún canal coincide con «%1».</translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation>No se pudo buscar en Twitch: %1</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation>«%1» no es un nombre de usuario de Twitch: solo puede contener letras, dígitos y guiones bajos.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation>No hay ningún canal de Twitch llamado %1.</translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation>No se pudo consultar a Twitch: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation>Iniciando Streamside…</translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation>Abriendo su perfil.</translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation>No se pudo iniciar el simulador de Twitch de la demo: %1</translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation>Streamside no puede abrir sus datos</translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation>Sus datos estaban dañados</translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation>La base de datos de Streamside estaba dañada y se ha apartado como %1. Se ha creado una nueva: inicie sesión y vuelva a añadir sus favoritos.</translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation>Eventos en directo conectados</translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation>Conectando con Twitch…</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>Reconectando: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>No ha iniciado sesión</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation>Comprobando su sesión de Twitch.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Aún no hay favoritos</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>Elija un canal</translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation>Pulse Ctrl+N o + para añadir los canales que ve.</translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation>Elija uno de sus favoritos a la izquierda.</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>Sin conexión: no ha iniciado sesión</translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Su sesión de Twitch ha terminado: inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation>No hay ningún canal de Twitch llamado %1</translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation>Compruebe la ortografía o elija uno de sus favoritos.</translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation>No se pudo abrir el canal</translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation>No se añadió el favorito</translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation>No se quitó el favorito</translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation>No se cambiaron las notificaciones</translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation>Twitch no publicó el mensaje: %1</translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation>Está enviando mensajes demasiado rápido. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation>No puede chatear en este canal (puede que esté baneado o expulsado temporalmente).</translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation>No se pudo conectar con Twitch; el mensaje no se envió.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>El mensaje no se envió: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation>La nueva instancia de Streamside no estuvo lista a tiempo.</translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation>La ventana se volvió a mostrar.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>No se pudo iniciar %1.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::ChatBox</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Mensaje de chat</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Enviar un mensaje</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>Enviar mensaje de chat</translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation>Enviar un mensaje al chat de %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation>No hay bandeja del sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que al cerrar la ventana se sale de Streamside en lugar de mantenerlo en segundo plano.</translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation>Streamside sigue en ejecución</translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation>Streamside sigue en ejecución en la bandeja del sistema y le avisará cuando sus favoritos estén en directo. Elija Salir en el menú de la bandeja para cerrarlo.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>No volver a mostrar</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation>La demo guarda los tokens del simulador sin cifrar en su propio perfil.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation>Últimos eventos</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aún no hay eventos</translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation>Las suscripciones, suscripciones regaladas, raids, ánimos con Bits, anuncios, inicios de directo y cambios de título aparecen aquí en cuanto ocurren. Los seguimientos y los canjes de puntos de canal solo se comparten con el creador, así que solo aparecen en su propio canal.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation>Notificaciones de %1</translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>Cuando %1 esté en &amp;directo</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation>Eventos que notifican</translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation>Mientras el canal de %1 esté abierto en Streamside y su ventana no esté en primer plano, estos eventos muestran una notificación.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation>Notificar todos los eventos</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ninguno</translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation>No notificar ningún evento</translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation>Suscripciones nuevas</translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation>Renovaciones de suscripción</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Suscripciones regaladas</translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation>Regalos a la comunidad</translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation>Suscripciones regaladas continuadas</translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation>Suscripciones con Prime continuadas</translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation>Regalos devueltos</translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation>Raids al canal</translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation>Raids del canal</translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation>Raids cancelados</translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation>Ánimos con Bits</translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation>Nuevas insignias de Bits</translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation>Power-ups</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Anuncios</translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation>Mensajes destacados</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>Donaciones benéficas</translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation>Rachas de visualización</translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation>Directo terminado</translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation>Título o categoría cambiados</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation>Añadir un favorito (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation>Añadir un favorito</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notificaciones…</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>&amp;Quitar de favoritos</translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation>No hay favoritos</translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation>Pulse + para añadir los canales que ve.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation>Autorizar Streamside</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation>Avisos de directo</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation>Aviso de directo</translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation>Avisos de directo de sus favoritos</translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation>Inicie sesión para ver cómo se entera Streamside de que sus favoritos están en directo.</translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation>Aún no hay favoritos. Añada los canales que ve (Ctrl+N) para recibir un aviso cuando estén en directo.</translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation>Twitch permite un coste total de suscripciones de %1 por usuario, compartido con el canal abierto: los primeros favoritos de su lista reciben avisos al instante y los demás se comprueban cada minuto. Arrastre los favoritos en la barra lateral para elegir.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation>Favoritos con avisos al instante: %1 de %2. Coste de suscripciones: %3 de %4.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation>Favoritos con avisos al instante: %1 de %2. Coste de suscripciones: %3 de %4; el canal abierto usa %5.</translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation>Al instante (EventSub)</translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation>Twitch avisa a Streamside en cuanto este canal empieza un directo.</translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation>Se comprueba cada minuto</translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation>Previsto para un aviso al instante, pero se comprueba cada minuto hasta que Twitch acepte la suscripción.</translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation>Por encima del límite de coste de suscripciones de Twitch: Streamside pregunta a Twitch cada minuto si este canal está en directo.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation>No se pudo abrir su navegador. Abra el enlace usted mismo.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation>Conectar Streamside con Twitch</translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation>Streamside necesita el client id de una aplicación registrada en Twitch. Registre una en la consola de desarrolladores de Twitch con la URL de redirección de OAuth &lt;b&gt;http://localhost:17563&lt;/b&gt; y el tipo de cliente &lt;b&gt;Public&lt;/b&gt;, y pegue aquí su client id.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation>Client id de Twitch</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Guardar y continuar</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Probar la demo en su lugar</translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation>Iniciar sesión con Twitch</translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation>Streamside abre Twitch en su navegador para pedirle permiso. Nunca ve su contraseña.</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>Usar un código en su lugar</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Continúe en su navegador</translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation>Enlace de autorización</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation>Autorizar en la aplicación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation>Iniciar sesión con un código</translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation>En cualquier dispositivo, abra el enlace de abajo, inicie sesión en Twitch e introduzca este código:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Código que introducir</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>Enlace de verificación</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation>Twitch se abrió en su navegador. Autorice Streamside allí; esta ventana continuará sola.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation>No se pudo abrir su navegador. Abra usted mismo este enlace en un navegador; esta ventana continuará sola.</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>El código es válido hasta %1.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::MainWindow</name>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Aún no hay favoritos</translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation>Sus streamers favoritos aparecerán aquí: su reproductor en directo, su chat y los últimos eventos de su canal, uno al lado del otro.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>No ha iniciado sesión</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation>Conexión con Twitch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation>&amp;Añadir favorito…</translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation>&amp;Quitar favorito</translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation>&amp;Notificaciones del favorito…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation>Favorito &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation>Favorito &amp;anterior</translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation>Ir al cuadro de &amp;chat</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>Mostrar &amp;eventos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation>&amp;Acerca de Streamside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation>Acerca de Streamside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;Un compañero de escritorio nativo para Twitch: el reproductor en directo, el chat y los últimos eventos de sus canales favoritos en una sola ventana.&lt;/p&gt;&lt;p&gt;Software libre bajo la licencia MIT. Sin afiliación con Twitch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>The demo&apos;s window title; the desktop shows it as &quot;Demo — Streamside&quot;</extracomment>
        <translation>Demostración</translation>
    </message>
</context>
<context>
    <name>streamside::ui::SettingsDialog</name>
    <message>
        <source>Full events for my own channel</source>
        <translation>Todos los eventos de mi propio canal</translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation>Iniciar Streamside al iniciar sesión</translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation>Se inicia en la bandeja (o minimizado) cuando inicia sesión en su escritorio, para que nunca se pierda un favorito que empieza un directo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation>Seguimientos, suscripciones, ánimos con Bits, canjes de puntos de canal, trenes del hype, encuestas, predicciones, objetivos, campañas benéficas y pausas publicitarias de su propio canal. Twitch le pide este permiso por separado.</translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation>Su inicio de sesión de Twitch se guarda cifrado, con su clave en el llavero del sistema.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation>&lt;b&gt;No había ningún llavero del sistema disponible&lt;/b&gt;: su inicio de sesión de Twitch se guarda sin cifrar, en un archivo que solo su cuenta de usuario puede leer. (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation>Aplicación de Twitch:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the system&apos;s language, by its own name.</extracomment>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>streamside::ui::StreamerPage</name>
    <message>
        <source>LIVE</source>
        <translation>EN DIRECTO</translation>
    </message>
    <message>
        <source>Loading the player…</source>
        <translation>Cargando el reproductor…</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>Cargando el chat…</translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation>No se puede mostrar el reproductor</translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation>No se puede mostrar el chat</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln viewer(s)</source>
        <translation>
            <numerusform>%1 · %Ln espectador</numerusform>
            <numerusform>%1 · %Ln espectadores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::ui::TrayController</name>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Open Streamside</source>
        <translation>Abrir Streamside</translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation>Ningún favorito está en directo</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation>Salir de Streamside</translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Activado hasta %1</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>En directo ahora</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a channel, %2 what it is playing</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Streamside: %Ln unread event(s)</source>
        <extracomment>The tray icon&apos;s tooltip; %Ln is the number of unread events</extracomment>
        <translation>
            <numerusform>Streamside: %Ln evento sin leer</numerusform>
            <numerusform>Streamside: %Ln eventos sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation>No se pudo cargar esta página (%1). Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
</context>
</TS>
