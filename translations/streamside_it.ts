<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AppPaths</name>
    <message>
        <source>No folder for Streamside&apos;s data could be determined.</source>
        <translation>Impossibile determinare una cartella per i dati di Streamside.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation>Incolla il client id della tua applicazione Twitch.</translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation>Un client id di Twitch è composto solo da lettere e cifre (fino a 64), come mostrato nella console per sviluppatori di Twitch.</translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation>Streamside richiede il client id di un&apos;applicazione Twitch per accedere. Registrane una su dev.twitch.tv (tipo di client: Public, URL di reindirizzamento OAuth %1) e incolla qui il suo client id.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Streamside: a Twitch companion with the live player, chat and the latest events of your favourite channels in one window.</source>
        <translation>Streamside: un compagno per Twitch con il player dal vivo, la chat e gli ultimi eventi dei tuoi canali preferiti in un&apos;unica finestra.</translation>
    </message>
    <message>
        <source>Run against the built-in Twitch simulator, with a separate profile.</source>
        <translation>Esegui con il simulatore Twitch integrato, con un profilo separato.</translation>
    </message>
    <message>
        <source>Open the channel LOGIN at start.</source>
        <translation>Apri il canale LOGIN all&apos;avvio.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>Avvia senza mostrare la finestra.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>Argomento imprevisto &apos;%1&apos;; vedi --help.</translation>
    </message>
    <message>
        <source>--channel: &apos;%1&apos; is not a Twitch login (letters, digits and underscores, at most 25).</source>
        <extracomment>%1 is what was given</extracomment>
        <translation>--channel: &apos;%1&apos; non è un login Twitch valido (lettere, cifre e trattini bassi, al massimo 25).</translation>
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
        <translation>Livello 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Livello 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Livello 3</translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation>Uno spettatore anonimo</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Qualcuno</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>qualcuno</translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation>%1 si è abbonato</translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation>%1 si è abbonato (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation>
            <numerusform>%1 ha rinnovato l&apos;abbonamento: %Ln mese</numerusform>
            <numerusform>%1 ha rinnovato l&apos;abbonamento: %Ln mesi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation>%1 ha rinnovato l&apos;abbonamento</translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation>%1 ha regalato un abbonamento a %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation>
            <numerusform>%1 ha regalato %Ln abbonamento alla community</numerusform>
            <numerusform>%1 ha regalato %Ln abbonamenti alla community</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation>%1 prosegue l&apos;abbonamento regalato da %2</translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation>%1 ha convertito il suo abbonamento Prime</translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation>%1 ricambia il regalo di %2</translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation>L&apos;abbonamento di %1 è terminato</translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation>
            <numerusform>%1 ha fatto un raid con %Ln spettatore</numerusform>
            <numerusform>%1 ha fatto un raid con %Ln spettatori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation>
            <numerusform>Raid su %1 con %Ln spettatore</numerusform>
            <numerusform>Raid su %1 con %Ln spettatori</numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation>Il raid è stato annullato</translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation>
            <numerusform>%1 ha fatto un Cheer di %Ln Bit</numerusform>
            <numerusform>%1 ha fatto un Cheer di %Ln Bit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation>
            <numerusform>%1 ha usato %Ln Bit</numerusform>
            <numerusform>%1 ha usato %Ln Bit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation>%1 ha sbloccato il badge Bit da %2</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>Annuncio di %1</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>Annuncio: %1</translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation>%1 ha donato %2 a %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation>
            <numerusform>%1 ha guardato %Ln stream di fila</numerusform>
            <numerusform>%1 ha guardato %Ln stream di fila</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation>%1 ha condiviso una serie di visualizzazioni</translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation>%1 ha messo in evidenza un messaggio</translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation>%1 ha usato un Power-up</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation>La chat è stata cancellata</translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation>Un messaggio di %1 è stato eliminato</translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation>Le impostazioni della chat sono cambiate</translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation>%1 è in live</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>%1 è offline</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation>Nuovo titolo: %1</translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation>Nuovo titolo: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation>%1 segue il canale</translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation>%1 ha riscattato %2</translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation>È partito un Hype Train</translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation>
            <numerusform>L&apos;Hype Train ha raggiunto il livello %Ln</numerusform>
            <numerusform>L&apos;Hype Train ha raggiunto il livello %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation>
            <numerusform>L&apos;Hype Train è terminato al livello %Ln</numerusform>
            <numerusform>L&apos;Hype Train è terminato al livello %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>Sondaggio: %1</translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation>Aggiornamento del sondaggio: %1</translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation>Sondaggio terminato: %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>Pronostico: %1</translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation>Aggiornamento del pronostico: %1</translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation>Pronostico bloccato: %1</translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation>Pronostico terminato: %1</translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation>
            <numerusform>È iniziata una pausa pubblicitaria di %Ln secondo</numerusform>
            <numerusform>È iniziata una pausa pubblicitaria di %Ln secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation>Obiettivo avviato: %1</translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation>Avanzamento dell&apos;obiettivo: %1</translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation>Obiettivo terminato: %1</translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation>È iniziata una raccolta fondi benefica per %1</translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation>La raccolta fondi benefica per %1 è avanzata</translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation>La raccolta fondi benefica per %1 è terminata</translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation>Shoutout a %1</translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation>%1 ha fatto uno shoutout a questo canale</translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation>La modalità scudo è attiva</translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation>La modalità scudo è disattivata</translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation>È iniziata una chat condivisa</translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation>La chat condivisa è cambiata</translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation>La chat condivisa è terminata</translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation>Evento Twitch: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation>Impossibile avviare Streamside</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>adesso</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln min fa</numerusform>
            <numerusform>%Ln min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln h fa</numerusform>
            <numerusform>%Ln h fa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The account could not be saved.</source>
        <translation>Impossibile salvare l&apos;account.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Impossibile rimuovere l&apos;account.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossibile creare la cartella %1 per il database.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Impossibile creare il database %1: %2.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Impossibile aprire il database.</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>Impossibile verificare il database.</translation>
    </message>
    <message>
        <source>The database failed its integrity check (%1).</source>
        <translation>Il database non ha superato il controllo di integrità (%1).</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s version.</source>
        <translation>Impossibile leggere la versione del database.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Streamside (schema %2; this version knows up to %3). Update Streamside.</source>
        <translation>Il database %1 è stato scritto da una versione più recente di Streamside (schema %2; questa versione conosce fino allo schema %3). Aggiorna Streamside.</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1.</source>
        <translation>Impossibile aggiornare il database alla versione %1.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>Impossibile aggiornare il database.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Il database non è aperto.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be moved aside.</source>
        <translation>Il database %1 è danneggiato e non può essere spostato altrove.</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is now private to you.</source>
        <translation>%1 era leggibile da altri utenti; ora è accessibile solo a te.</translation>
    </message>
    <message>
        <source>An event could not be saved.</source>
        <translation>Impossibile salvare un evento.</translation>
    </message>
    <message>
        <source>Old events could not be removed.</source>
        <translation>Impossibile rimuovere gli eventi vecchi.</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>Impossibile leggere la cronologia degli eventi.</translation>
    </message>
    <message>
        <source>The favourites could not be read.</source>
        <translation>Impossibile leggere i preferiti.</translation>
    </message>
    <message>
        <source>The favourite could not be added.</source>
        <translation>Impossibile aggiungere il preferito.</translation>
    </message>
    <message>
        <source>The favourite could not be removed.</source>
        <translation>Impossibile rimuovere il preferito.</translation>
    </message>
    <message>
        <source>The favourites could not be reordered.</source>
        <translation>Impossibile riordinare i preferiti.</translation>
    </message>
    <message>
        <source>The channel is not a favourite.</source>
        <translation>Il canale non è tra i preferiti.</translation>
    </message>
    <message>
        <source>The notification rules could not be saved.</source>
        <translation>Impossibile salvare le regole di notifica.</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved.</source>
        <translation>Impossibile salvare l&apos;impostazione %1.</translation>
    </message>
    <message>
        <source>The setting %1 could not be reset.</source>
        <translation>Impossibile ripristinare l&apos;impostazione %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what could not be done, %2 why (two sentences; languages that write no space between sentences leave it out)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1).</source>
        <translation>Il database è in uso da parte di un altro programma (%1).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; everything saved before is kept.</source>
        <translation>Il disco è pieno. Libera un po&apos; di spazio; tutto ciò che è stato salvato in precedenza viene conservato.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>Impossibile scrivere nel database (%1).</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>Il database è danneggiato (%1).</translation>
    </message>
    <message>
        <source>The database said: %1.</source>
        <extracomment>%1 is the database&apos;s own description of the problem</extracomment>
        <translation>Messaggio del database: %1.</translation>
    </message>
</context>
<context>
    <name>WebModuleLoader</name>
    <message>
        <source>The web view module could not be loaded (%1).</source>
        <translation>Impossibile caricare il modulo della vista web (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>La sessione di Twitch è scaduta: accedi di nuovo.</translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation>Impossibile leggere l&apos;accesso a Twitch salvato: accedi di nuovo.</translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation>Twitch non ha fornito alcun token di accesso.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Impossibile raggiungere Twitch (%1).</translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation>Twitch non ha accettato l&apos;accesso (%1).</translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation>L&apos;accesso è stato effettuato per un&apos;altra applicazione.</translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation>Il token non è un token utente.</translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>Il codice è scaduto prima di essere approvato. Ricomincia per ottenere un nuovo codice.</translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation>Nessuna applicazione Twitch configurata: inserisci prima un client id.</translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation>Twitch ha risposto in modo inatteso alla richiesta di accesso.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Accesso annullato.</translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation>L&apos;accesso è stato negato su Twitch.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Impossibile raggiungere Twitch (%1).</translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation>Twitch non riconosce il client id di questa applicazione (%1).</translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation>Twitch ha rifiutato l&apos;accesso (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation>nessun messaggio da Twitch da %1 s</translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation>Twitch non ha accolto la connessione entro %1 s</translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation>Twitch ha chiuso la connessione: errore interno del server</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation>Twitch ha chiuso la connessione: il client ha inviato un messaggio</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation>Twitch ha chiuso la connessione: il client non ha risposto a un ping</translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation>Twitch ha chiuso la connessione: nessuna sottoscrizione effettuata in tempo</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation>Twitch ha chiuso la connessione: il tempo di tolleranza per la riconnessione è scaduto</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation>Twitch ha chiuso la connessione: timeout di rete</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation>Twitch ha chiuso la connessione: errore di rete</translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation>Twitch ha chiuso la connessione: URL di riconnessione non valido</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation>Twitch ha chiuso la connessione (codice %1)</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation>Twitch ha chiuso la connessione (codice %1: %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connessione a %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrestato</translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation>un frame binario (%1 byte); Twitch invia frame di testo</translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation>connessione a Twitch persa</translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation>connessione a Twitch persa (%1)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation>L&apos;istanza precedente di Streamside non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation>Impossibile raggiungere l&apos;istanza precedente di Streamside: %1</translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation>L&apos;istanza precedente di Streamside si è chiusa senza passare il controllo.</translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation>L&apos;istanza precedente di Streamside ha risposto in modo inatteso.</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation>Impossibile restare in ascolto per una nuova istanza: %1</translation>
    </message>
</context>
<context>
    <name>streamside::HelixClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Nessuna risposta entro %n secondo</numerusform>
            <numerusform>Nessuna risposta entro %n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::KeychainKeyStore</name>
    <message>
        <source>The key in the keychain has the wrong size.</source>
        <translation>La chiave nel portachiavi ha una dimensione errata.</translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>Nessuna risposta dal browser entro %n minuto. Riavvia l&apos;accesso.</numerusform>
            <numerusform>Nessuna risposta dal browser entro %n minuti. Riavvia l&apos;accesso.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation>Nessuna applicazione Twitch configurata, quindi non è possibile accedere. Imposta STREAMSIDE_CLIENT_ID sul client id di un&apos;applicazione registrata.</translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation>Streamside non è riuscito ad aprire il browser web. Copia il link di accesso nel browser per continuare.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>L&apos;accesso è stato annullato.</translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation>Scegli un&apos;altra porta con la variabile d&apos;ambiente STREAMSIDE_REDIRECT_PORT. Twitch rimanda l&apos;accesso solo a un indirizzo registrato per l&apos;applicazione, quindi anche http://localhost:&lt;port&gt; con la nuova porta deve essere registrato lì.</translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation>Nessuna porta configurata per ricevere l&apos;accesso dal browser.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation>La porta %1 di questo computer è già usata da un altro programma, quindi Streamside non può ricevere l&apos;accesso dal browser. Chiudi quel programma e riprova.</translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation>Streamside non può ricevere l&apos;accesso dal browser sulla porta %1: %2.</translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation>Non è una richiesta di accesso</translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation>Qui Streamside risponde solo al reindirizzamento dell&apos;accesso.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Indirizzo errato</translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation>Questo indirizzo non appartiene all&apos;accesso di Streamside.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non consentito</translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation>Solo la pagina di accesso di Streamside può inviare questo.</translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation>Questo accesso è concluso</translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation>Streamside non è più in attesa di un accesso. Puoi chiudere questa scheda; per accedere, ricomincia da Streamside.</translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation>Accesso a Streamside</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>Completamento dell&apos;accesso…</translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation>Streamside non ha risposto. Riavvia l&apos;accesso da Streamside.</translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation>Attiva JavaScript per questa pagina per completare l&apos;accesso a Streamside.</translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation>Non è una risposta di accesso</translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation>Questa non è una risposta di Twitch.</translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation>Questa risposta di Twitch appartiene a un altro tentativo di accesso. Usa la scheda di accesso più recente o riavvia l&apos;accesso da Streamside.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>Non è questo accesso</translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation>Accesso annullato - Streamside</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Accesso annullato</translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation>Non hai effettuato l&apos;accesso a Streamside. Puoi chiudere questa scheda.</translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation>Hai annullato l&apos;accesso su Twitch.</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch ha rifiutato l&apos;accesso: %1</translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation>Accesso non riuscito - Streamside</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation>Questa risposta di Twitch non contiene alcun token.</translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation>Accesso effettuato - Streamside</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Accesso effettuato</translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation>Hai effettuato l&apos;accesso a Streamside. Puoi chiudere questa scheda.</translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 è in live</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>
            <numerusform>%n nuovo evento nel canale di %1</numerusform>
            <numerusform>%n nuovi eventi nel canale di %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::OAuthClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Nessuna risposta entro %n secondo</numerusform>
            <numerusform>Nessuna risposta entro %n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation>Sei stato bannato dalla chat di questo canale, quindi i suoi eventi della chat si sono interrotti.</translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation>L&apos;accesso di Streamside al tuo account Twitch è stato revocato, quindi questi eventi si sono interrotti. Accedi di nuovo per riaverli.</translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation>Questo account Twitch è stato chiuso o sospeso, quindi i suoi eventi si sono interrotti.</translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation>Twitch non offre più questo tipo di evento nella forma richiesta da Streamside. Un aggiornamento di Streamside lo ripristinerà.</translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation>Non sei più moderatore di questo canale, quindi i suoi eventi di moderazione (follow, shoutout) si sono interrotti.</translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation>Twitch ha smesso di inviare questi eventi (%1).</translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation>Twitch ha chiesto ripetutamente a Streamside di rallentare.</translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation>È stato raggiunto il limite di Twitch per le sottoscrizioni agli eventi.</translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation>Twitch non ha risposto correttamente (%1).</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>non autorizzato</translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation>Alcuni eventi di questo canale non sono disponibili: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation>Aggiungi un preferito</translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation>Nome del canale o login</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>Canale da aggiungere</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>Canali corrispondenti</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation>%1 — in live: %2</translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation>Nessun canale corrisponde a «%1».</translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation>Impossibile effettuare la ricerca su Twitch: %1</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation>«%1» non è un login Twitch: i login contengono solo lettere, cifre e trattini bassi.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation>Nessun canale Twitch chiamato %1.</translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation>Impossibile interrogare Twitch: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation>Avvio di Streamside…</translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation>Apertura del profilo.</translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation>Impossibile avviare il simulatore Twitch della demo: %1</translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation>Streamside non riesce ad aprire i suoi dati</translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation>I dati erano danneggiati</translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation>Il database di Streamside era danneggiato ed è stato messo da parte come %1. Ne è stato creato uno nuovo: accedi e aggiungi di nuovo i tuoi preferiti.</translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation>Eventi live connessi</translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation>Connessione a Twitch…</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>Riconnessione: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Accesso non effettuato</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Sei disconnesso.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation>Verifica della sessione di Twitch.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all&apos;accesso</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Accesso effettuato come %1</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Ancora nessun preferito</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>Scegli un canale</translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation>Premi Ctrl+N o + per aggiungere i canali che guardi.</translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation>Scegli uno dei tuoi preferiti a sinistra.</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>Offline: accesso non effettuato</translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>La sessione di Twitch è scaduta: accedi di nuovo.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation>Nessun canale Twitch chiamato %1</translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation>Controlla l&apos;ortografia o scegli uno dei tuoi preferiti.</translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation>Impossibile aprire il canale</translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation>Il preferito non è stato aggiunto</translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation>Il preferito non è stato rimosso</translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation>Le notifiche non sono state modificate</translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation>Twitch non ha pubblicato il messaggio: %1</translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation>Stai inviando messaggi troppo velocemente. Attendi un momento e riprova.</translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation>Non puoi scrivere in chat su questo canale (potresti essere stato bannato o sospeso temporaneamente).</translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation>Impossibile raggiungere Twitch; il messaggio non è stato inviato.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Il messaggio non è stato inviato: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation>La nuova istanza di Streamside non era pronta in tempo.</translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation>La finestra è stata mostrata di nuovo.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Impossibile avviare %1.</translation>
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
        <translation>Messaggio della chat</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Invia un messaggio</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>Invia messaggio in chat</translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation>Invia un messaggio nella chat di %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation>Nessuna area di notifica</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation>Questo desktop non ha un&apos;area di notifica, quindi chiudere la finestra chiude Streamside invece di lasciarlo in esecuzione in background.</translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation>Streamside resta in esecuzione</translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation>Streamside è ancora in esecuzione nell&apos;area di notifica e ti avviserà quando i tuoi preferiti andranno in live. Scegli Esci nel menu dell&apos;area di notifica per chiuderlo.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Non mostrare più</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation>La demo conserva i token del simulatore non cifrati nel proprio profilo.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation>Ultimi eventi</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Ancora nessun evento</translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation>Abbonamenti, abbonamenti regalati, raid, Cheer, annunci, inizi di live e cambi di titolo appaiono qui nel momento in cui accadono. Follow e riscatti di punti canale sono condivisi solo con l&apos;emittente, quindi compaiono solo sul tuo canale.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation>Notifiche per %1</translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>Quando %1 va in &amp;live</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventi</translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation>Eventi che inviano notifiche</translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation>Quando il canale di %1 è aperto in Streamside e la sua finestra non è in primo piano, questi eventi mostrano una notifica.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tutti</translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation>Notifica tutti gli eventi</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Nessuno</translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation>Non notificare alcun evento</translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation>Nuovi abbonamenti</translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation>Rinnovi dell&apos;abbonamento</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Abbonamenti regalati</translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation>Regali alla community</translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation>Abbonamenti regalati proseguiti</translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation>Abbonamenti Prime proseguiti</translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation>Regali ricambiati</translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation>Raid sul canale</translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation>Raid del canale</translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation>Raid annullati</translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation>Cheer</translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation>Nuovi badge Bit</translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation>Power-up</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Annunci</translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation>Messaggi in evidenza</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>Donazioni benefiche</translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation>Serie di visualizzazioni</translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation>Fine della live</translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation>Titolo o categoria modificati</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation>Preferiti</translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation>Aggiungi un preferito (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation>Aggiungi un preferito</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notifiche…</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>&amp;Rimuovi dai preferiti</translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation>Nessun preferito</translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation>Premi + per aggiungere i canali che guardi.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation>Autorizza Streamside</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation>Avvisi di live</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Preferito</translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation>Avviso di live</translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation>Avvisi di live dei tuoi preferiti</translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation>Accedi per vedere come Streamside scopre che i tuoi preferiti sono in live.</translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation>Ancora nessun preferito. Aggiungi i canali che guardi (Ctrl+N) per essere avvisato quando vanno in live.</translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation>Twitch consente un costo totale delle sottoscrizioni di %1 per utente, condiviso con il canale aperto: i primi preferiti nel tuo ordine ricevono avvisi immediati, gli altri vengono controllati ogni minuto. Trascina i preferiti nella barra laterale per scegliere.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation>Preferiti con avvisi immediati: %1 su %2. Costo delle sottoscrizioni: %3 su %4.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation>Preferiti con avvisi immediati: %1 su %2. Costo delle sottoscrizioni: %3 su %4; il canale aperto ne usa %5.</translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation>Immediato (EventSub)</translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation>Twitch avvisa Streamside nel momento in cui questo canale va in live.</translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation>Controllato ogni minuto</translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation>Previsto per un avviso immediato, ma controllato ogni minuto finché Twitch non accetta la sottoscrizione.</translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation>Oltre il limite di costo delle sottoscrizioni di Twitch: Streamside chiede a Twitch ogni minuto se questo canale è in live.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation>Impossibile aprire il browser. Apri il link manualmente.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation>Collega Streamside a Twitch</translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation>Streamside richiede il client id di un&apos;applicazione registrata su Twitch. Registrane una nella console per sviluppatori di Twitch con l&apos;URL di reindirizzamento OAuth &lt;b&gt;http://localhost:17563&lt;/b&gt; e il tipo di client &lt;b&gt;Public&lt;/b&gt;, poi incolla qui il suo client id.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation>Client id di Twitch</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Salva e continua</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Prova invece la demo</translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation>Accedi con Twitch</translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation>Streamside apre Twitch nel browser per chiedere la tua autorizzazione. Non vede mai la tua password.</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>Usa invece un codice</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Prova la demo</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Continua nel browser</translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation>Link di autorizzazione</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation>Autorizza nell&apos;app</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation>Accedi con un codice</translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation>Su qualsiasi dispositivo, apri il link qui sotto, accedi a Twitch e inserisci questo codice:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Codice da inserire</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copia codice</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>Link di verifica</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation>Twitch è stato aperto nel browser. Autorizza lì Streamside; questa finestra proseguirà da sola.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation>Impossibile aprire il browser. Apri manualmente questo link in un browser; questa finestra proseguirà da sola.</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>Il codice è valido fino a %1.</translation>
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
        <translation>Ancora nessun preferito</translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation>I tuoi streamer preferiti appariranno qui: il loro player live, la loro chat e gli ultimi eventi del loro canale, fianco a fianco.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Accesso non effettuato</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation>Connessione a Twitch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation>&amp;Aggiungi preferito…</translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation>&amp;Rimuovi preferito</translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation>&amp;Notifiche del preferito…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation>Preferito &amp;successivo</translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation>Preferito &amp;precedente</translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation>Vai alla casella della &amp;chat</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>Mostra &amp;eventi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation>&amp;Informazioni su Streamside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation>Informazioni su Streamside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;Un&apos;applicazione desktop nativa che accompagna Twitch: il player live, la chat e gli ultimi eventi dei tuoi canali preferiti in un&apos;unica finestra.&lt;/p&gt;&lt;p&gt;Software libero con licenza MIT. Non affiliato a Twitch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>The demo&apos;s window title; the desktop shows it as &quot;Demo — Streamside&quot;</extracomment>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>streamside::ui::SettingsDialog</name>
    <message>
        <source>Full events for my own channel</source>
        <translation>Tutti gli eventi del mio canale</translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation>Avvia Streamside all&apos;accesso</translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation>Si avvia nell&apos;area di notifica (o ridotto a icona) quando accedi al desktop, così non perdi mai un preferito che va in live.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation>Follow, abbonamenti, Cheer, riscatti di punti canale, Hype Train, sondaggi, pronostici, obiettivi, raccolte benefiche e pause pubblicitarie del tuo canale. Twitch chiede questa autorizzazione separatamente.</translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation>L&apos;accesso a Twitch è memorizzato cifrato, con la chiave nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation>&lt;b&gt;Nessun portachiavi di sistema disponibile&lt;/b&gt;: l&apos;accesso a Twitch è memorizzato non cifrato, in un file leggibile solo dal tuo account utente. (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation>Applicazione Twitch:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the system&apos;s language, by its own name.</extracomment>
        <translation>Predefinita di sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
</context>
<context>
    <name>streamside::ui::StreamerPage</name>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Loading the player…</source>
        <translation>Caricamento del player…</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>Caricamento della chat…</translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation>Impossibile mostrare il player</translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation>Impossibile mostrare la chat</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln viewer(s)</source>
        <translation>
            <numerusform>%1 · %Ln spettatore</numerusform>
            <numerusform>%1 · %Ln spettatori</numerusform>
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
        <translation>Apri Streamside</translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation>Nessun preferito è in live</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Non disturbare</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Per 1 ora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation>Esci da Streamside</translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Attivo fino a %1</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>In live ora</translation>
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
            <numerusform>Streamside: %Ln evento non letto</numerusform>
            <numerusform>Streamside: %Ln eventi non letti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation>Impossibile caricare questa pagina (%1). Controlla la connessione e riprova.</translation>
    </message>
</context>
</TS>
