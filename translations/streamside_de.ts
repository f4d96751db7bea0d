<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppPaths</name>
    <message>
        <source>No folder for Streamside&apos;s data could be determined.</source>
        <translation>Es konnte kein Ordner für die Daten von Streamside bestimmt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation>Fügen Sie die Client-ID Ihrer Twitch-Anwendung ein.</translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation>Eine Twitch-Client-ID besteht nur aus Buchstaben und Ziffern (bis zu 64), wie in der Twitch-Entwicklerkonsole angezeigt.</translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation>Streamside benötigt zum Anmelden die Client-ID einer Twitch-Anwendung. Registrieren Sie eine unter dev.twitch.tv (Clienttyp: Public, OAuth-Weiterleitungs-URL %1) und fügen Sie deren Client-ID hier ein.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Streamside: a Twitch companion with the live player, chat and the latest events of your favourite channels in one window.</source>
        <translation>Streamside: ein Twitch-Begleiter mit Live-Player, Chat und den neuesten Ereignissen Ihrer Lieblingskanäle in einem Fenster.</translation>
    </message>
    <message>
        <source>Run against the built-in Twitch simulator, with a separate profile.</source>
        <translation>Mit dem eingebauten Twitch-Simulator und einem separaten Profil ausführen.</translation>
    </message>
    <message>
        <source>Open the channel LOGIN at start.</source>
        <translation>Beim Start den Kanal LOGIN öffnen.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>Starten, ohne das Fenster anzuzeigen.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;; siehe --help.</translation>
    </message>
    <message>
        <source>--channel: &apos;%1&apos; is not a Twitch login (letters, digits and underscores, at most 25).</source>
        <extracomment>%1 is what was given</extracomment>
        <translation>--channel: &apos;%1&apos; ist kein Twitch-Login (Buchstaben, Ziffern und Unterstriche, höchstens 25).</translation>
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
        <translation>Stufe 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Stufe 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Stufe 3</translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation>Ein anonymer Zuschauer</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation>%1 hat abonniert</translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation>%1 hat mit %2 abonniert</translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation>
            <numerusform>%1 hat seit %Ln Monat abonniert</numerusform>
            <numerusform>%1 hat seit %Ln Monaten abonniert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation>%1 hat erneut abonniert</translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation>%1 hat %2 ein Sub geschenkt</translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation>
            <numerusform>%1 hat der Community %Ln Sub geschenkt</numerusform>
            <numerusform>%1 hat der Community %Ln Subs geschenkt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation>%1 führt das von %2 geschenkte Sub fort</translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation>%1 hat das Prime-Sub aufgewertet</translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation>%1 gibt das Geschenk von %2 weiter</translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation>Das Abonnement von %1 ist abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation>
            <numerusform>%1 hat mit %Ln Zuschauer geraidet</numerusform>
            <numerusform>%1 hat mit %Ln Zuschauern geraidet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation>
            <numerusform>Raid auf %1 mit %Ln Zuschauer</numerusform>
            <numerusform>Raid auf %1 mit %Ln Zuschauern</numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation>Der Raid wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation>
            <numerusform>%1 hat mit %Ln Bit gecheert</numerusform>
            <numerusform>%1 hat mit %Ln Bits gecheert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation>
            <numerusform>%1 hat %Ln Bit eingesetzt</numerusform>
            <numerusform>%1 hat %Ln Bits eingesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation>%1 hat das %2-Bits-Abzeichen freigeschaltet</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>Ankündigung von %1</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>Ankündigung: %1</translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation>%1 hat %2 an %3 gespendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation>
            <numerusform>%1 hat %Ln Stream in Folge geschaut</numerusform>
            <numerusform>%1 hat %Ln Streams in Folge geschaut</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation>%1 hat eine Zuschauerserie geteilt</translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation>%1 hat eine Nachricht hervorgehoben</translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation>%1 hat ein Power-up eingesetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation>Der Chat wurde geleert</translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation>Eine Nachricht von %1 wurde gelöscht</translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation>Die Chat-Einstellungen wurden geändert</translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation>%1 ist jetzt live</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>%1 ist jetzt offline</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation>Neuer Titel: %1</translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation>Neuer Titel: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation>%1 folgt jetzt</translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation>%1 hat %2 eingelöst</translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation>Ein Hype Train hat begonnen</translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation>
            <numerusform>Der Hype Train hat Level %Ln erreicht</numerusform>
            <numerusform>Der Hype Train hat Level %Ln erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation>
            <numerusform>Der Hype Train endete auf Level %Ln</numerusform>
            <numerusform>Der Hype Train endete auf Level %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>Umfrage: %1</translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation>Umfrage aktualisiert: %1</translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation>Umfrage beendet: %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>Vorhersage: %1</translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation>Vorhersage aktualisiert: %1</translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation>Vorhersage gesperrt: %1</translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation>Vorhersage beendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation>
            <numerusform>Eine Werbepause von %Ln Sekunde hat begonnen</numerusform>
            <numerusform>Eine Werbepause von %Ln Sekunden hat begonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation>Ziel gestartet: %1</translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation>Zielfortschritt: %1</translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation>Ziel beendet: %1</translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation>Eine Spendenaktion für %1 hat begonnen</translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation>Die Spendenaktion für %1 ist vorangekommen</translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation>Die Spendenaktion für %1 ist beendet</translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation>Shoutout an %1</translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation>%1 hat diesem Kanal ein Shoutout gegeben</translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation>Der Schildmodus ist aktiv</translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation>Der Schildmodus ist aus</translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation>Ein geteilter Chat hat begonnen</translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation>Der geteilte Chat hat sich geändert</translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation>Der geteilte Chat ist beendet</translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation>Twitch-Ereignis: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation>Streamside kann nicht starten</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation>
            <numerusform>vor %Ln Min.</numerusform>
            <numerusform>vor %Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation>
            <numerusform>vor %Ln Std.</numerusform>
            <numerusform>vor %Ln Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The account could not be saved.</source>
        <translation>Das Konto konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Das Konto konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Die Datenbank %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>Die Datenbank konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The database failed its integrity check (%1).</source>
        <translation>Die Datenbank hat die Integritätsprüfung nicht bestanden (%1).</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s version.</source>
        <translation>Die Version der Datenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Streamside (schema %2; this version knows up to %3). Update Streamside.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Streamside geschrieben (Schema %2; diese Version kennt Schemas bis %3). Aktualisieren Sie Streamside.</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1.</source>
        <translation>Die Datenbank konnte nicht auf Version %1 aktualisiert werden.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>Die Datenbank konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be moved aside.</source>
        <translation>Die Datenbank %1 ist beschädigt und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is now private to you.</source>
        <translation>%1 war für andere Benutzer lesbar; der Zugriff ist jetzt auf Sie beschränkt.</translation>
    </message>
    <message>
        <source>An event could not be saved.</source>
        <translation>Ein Ereignis konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Old events could not be removed.</source>
        <translation>Alte Ereignisse konnten nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>Der Ereignisverlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The favourites could not be read.</source>
        <translation>Die Favoriten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The favourite could not be added.</source>
        <translation>Der Favorit konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The favourite could not be removed.</source>
        <translation>Der Favorit konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The favourites could not be reordered.</source>
        <translation>Die Favoriten konnten nicht neu angeordnet werden.</translation>
    </message>
    <message>
        <source>The channel is not a favourite.</source>
        <translation>Der Kanal ist kein Favorit.</translation>
    </message>
    <message>
        <source>The notification rules could not be saved.</source>
        <translation>Die Benachrichtigungsregeln konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved.</source>
        <translation>Die Einstellung %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The setting %1 could not be reset.</source>
        <translation>Die Einstellung %1 konnte nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what could not be done, %2 why (two sentences; languages that write no space between sentences leave it out)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1).</source>
        <translation>Die Datenbank wird von einem anderen Programm verwendet (%1).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; everything saved before is kept.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei; alles bisher Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>In die Datenbank kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>Die Datenbank ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The database said: %1.</source>
        <extracomment>%1 is the database&apos;s own description of the problem</extracomment>
        <translation>Die Datenbank meldete: %1.</translation>
    </message>
</context>
<context>
    <name>WebModuleLoader</name>
    <message>
        <source>The web view module could not be loaded (%1).</source>
        <translation>Das Modul für die Webansicht konnte nicht geladen werden (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Ihre Twitch-Sitzung ist abgelaufen – bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation>Ihre gespeicherte Twitch-Anmeldung konnte nicht gelesen werden – bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation>Twitch hat kein Zugriffstoken geliefert.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Twitch ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation>Twitch hat die Anmeldung nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation>Die Anmeldung wurde für eine andere Anwendung erstellt.</translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation>Das Token gehört keinem Benutzer.</translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>Der Code ist abgelaufen, bevor er bestätigt wurde. Beginnen Sie erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation>Es ist keine Twitch-Anwendung eingerichtet: Geben Sie zuerst eine Client-ID ein.</translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation>Twitch hat unerwartet auf die Anmeldeanfrage geantwortet.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation>Die Anmeldung wurde bei Twitch abgelehnt.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Twitch ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation>Twitch kennt die Client-ID dieser Anwendung nicht (%1).</translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation>Twitch hat die Anmeldung verweigert (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation>seit %1 s keine Nachricht von Twitch</translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation>Twitch hat die Verbindung nicht innerhalb von %1 s begrüßt</translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation>Twitch hat die Verbindung getrennt: interner Serverfehler</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation>Twitch hat die Verbindung getrennt: Der Client hat eine Nachricht gesendet</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation>Twitch hat die Verbindung getrennt: Der Client hat auf einen Ping nicht geantwortet</translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation>Twitch hat die Verbindung getrennt: Es wurde nicht rechtzeitig ein Abonnement eingerichtet</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation>Twitch hat die Verbindung getrennt: Die Frist für die Wiederverbindung ist abgelaufen</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation>Twitch hat die Verbindung getrennt: Zeitüberschreitung im Netzwerk</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation>Twitch hat die Verbindung getrennt: Netzwerkfehler</translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation>Twitch hat die Verbindung getrennt: ungültige Wiederverbindungs-URL</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation>Twitch hat die Verbindung getrennt (Code %1)</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation>Twitch hat die Verbindung getrennt (Code %1: %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation>ein Binär-Frame (%1 Byte); Twitch sendet Text-Frames</translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation>Verbindung zu Twitch verloren</translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation>Verbindung zu Twitch verloren (%1)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation>Die vorherige Streamside-Instanz hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation>Die vorherige Streamside-Instanz ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation>Die vorherige Streamside-Instanz wurde ohne Übergabe beendet.</translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation>Die vorherige Streamside-Instanz hat unerwartet geantwortet.</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation>Auf eine Nachfolger-Instanz kann nicht gewartet werden: %1</translation>
    </message>
</context>
<context>
    <name>streamside::HelixClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::KeychainKeyStore</name>
    <message>
        <source>The key in the keychain has the wrong size.</source>
        <translation>Der Schlüssel im Schlüsselbund hat die falsche Größe.</translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>Ihr Browser hat nicht innerhalb von %n Minute geantwortet. Starten Sie die Anmeldung erneut.</numerusform>
            <numerusform>Ihr Browser hat nicht innerhalb von %n Minuten geantwortet. Starten Sie die Anmeldung erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation>Es ist keine Twitch-Anwendung eingerichtet, daher ist keine Anmeldung möglich. Setzen Sie STREAMSIDE_CLIENT_ID auf die Client-ID einer registrierten Anwendung.</translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation>Streamside konnte Ihren Webbrowser nicht öffnen. Kopieren Sie den Anmeldelink in Ihren Browser, um fortzufahren.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation>Wählen Sie mit der Umgebungsvariable STREAMSIDE_REDIRECT_PORT einen anderen Port. Twitch sendet die Anmeldung nur an eine für die Anwendung registrierte Adresse zurück, daher muss http://localhost:&lt;port&gt; mit dem neuen Port dort ebenfalls registriert sein.</translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation>Es ist kein Port für den Empfang der Anmeldung aus Ihrem Browser eingerichtet.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation>Port %1 auf diesem Computer wird bereits von einem anderen Programm verwendet, daher kann Streamside die Anmeldung aus Ihrem Browser nicht empfangen. Schließen Sie dieses Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation>Streamside kann die Anmeldung aus Ihrem Browser auf Port %1 nicht empfangen: %2.</translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation>Keine Anmeldeanfrage</translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation>Streamside beantwortet hier nur die Anmelde-Weiterleitung.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Falsche Adresse</translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation>Diese Adresse gehört nicht zur Anmeldung von Streamside.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation>Nur die Anmeldeseite von Streamside selbst darf dies senden.</translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation>Diese Anmeldung ist beendet</translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation>Streamside wartet nicht mehr auf eine Anmeldung. Sie können diesen Tab schließen; um sich anzumelden, beginnen Sie erneut in Streamside.</translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation>Anmeldung bei Streamside</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation>Streamside hat nicht geantwortet. Starten Sie die Anmeldung erneut in Streamside.</translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation>Aktivieren Sie JavaScript für diese Seite, um die Anmeldung bei Streamside abzuschließen.</translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation>Keine Anmeldeantwort</translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation>Dies ist keine Antwort von Twitch.</translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation>Diese Antwort von Twitch gehört zu einem anderen Anmeldeversuch. Verwenden Sie den neuesten Anmelde-Tab oder starten Sie die Anmeldung erneut in Streamside.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>Nicht diese Anmeldung</translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation>Anmeldung abgebrochen - Streamside</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation>Sie haben sich nicht bei Streamside angemeldet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation>Sie haben die Anmeldung bei Twitch abgebrochen.</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch hat die Anmeldung verweigert: %1</translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation>Anmeldung fehlgeschlagen - Streamside</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation>Diese Antwort von Twitch enthält kein Token.</translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation>Angemeldet - Streamside</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation>Sie sind bei Streamside angemeldet. Sie können diesen Tab schließen.</translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 ist live</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>
            <numerusform>%n neues Ereignis im Kanal von %1</numerusform>
            <numerusform>%n neue Ereignisse im Kanal von %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::OAuthClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation>Sie sind im Chat dieses Kanals gesperrt, daher wurden seine Chat-Ereignisse beendet.</translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation>Der Zugriff von Streamside auf Ihr Twitch-Konto wurde widerrufen, daher wurden diese Ereignisse beendet. Melden Sie sich erneut an, um sie wieder zu erhalten.</translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation>Dieses Twitch-Konto wurde geschlossen oder gesperrt, daher wurden seine Ereignisse beendet.</translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation>Twitch bietet diese Art von Ereignis nicht mehr in der Form an, die Streamside anfragt. Ein Update von Streamside wird sie zurückbringen.</translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation>Sie sind kein Moderator dieses Kanals mehr, daher wurden seine Moderator-Ereignisse (Follows, Shoutouts) beendet.</translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation>Twitch sendet diese Ereignisse nicht mehr (%1).</translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation>Twitch hat Streamside wiederholt gebeten, langsamer zu werden.</translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation>Das Limit von Twitch für Ereignis-Abonnements ist erreicht.</translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation>Twitch hat nicht korrekt geantwortet (%1).</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>nicht berechtigt</translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation>Einige Ereignisse dieses Kanals sind nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation>Favorit hinzufügen</translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation>Kanalname oder Login</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>Hinzuzufügender Kanal</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>Passende Kanäle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation>%1 – live: %2</translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation>Kein Kanal passt zu „%1“.</translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation>Die Twitch-Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation>„%1“ ist kein Twitch-Login: Logins bestehen nur aus Buchstaben, Ziffern und Unterstrichen.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation>Es gibt keinen Twitch-Kanal namens %1.</translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation>Twitch konnte nicht abgefragt werden: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation>Streamside wird gestartet…</translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation>Ihr Profil wird geöffnet.</translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation>Der Twitch-Simulator der Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation>Streamside kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation>Ihre Daten waren beschädigt</translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation>Die Datenbank von Streamside war beschädigt und wurde als %1 beiseitegelegt. Eine neue wurde angelegt: Melden Sie sich an und fügen Sie Ihre Favoriten erneut hinzu.</translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation>Live-Ereignisse verbunden</translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation>Verbindung zu Twitch wird hergestellt…</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>Neu verbinden: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation>Ihre Twitch-Sitzung wird geprüft.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei Anmeldung starten</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Noch keine Favoriten</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>Wählen Sie einen Kanal</translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation>Drücken Sie Strg+N oder +, um die Kanäle hinzuzufügen, die Sie schauen.</translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation>Wählen Sie links einen Ihrer Favoriten.</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>Offline: nicht angemeldet</translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Ihre Twitch-Sitzung ist abgelaufen – bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation>Kein Twitch-Kanal namens %1</translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation>Prüfen Sie die Schreibweise oder wählen Sie einen Ihrer Favoriten.</translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation>Der Kanal konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation>Der Favorit wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation>Der Favorit wurde nicht entfernt</translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation>Die Benachrichtigungen wurden nicht geändert</translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation>Twitch hat die Nachricht nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation>Sie senden Nachrichten zu schnell. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation>Sie können in diesem Kanal nicht chatten (Sie sind möglicherweise gebannt oder im Timeout).</translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation>Twitch ist nicht erreichbar; die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Die Nachricht wurde nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation>Die neue Streamside-Instanz war nicht rechtzeitig bereit.</translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation>Das Fenster wurde wieder angezeigt.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
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
        <translation>Chatnachricht</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>Chatnachricht senden</translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation>Eine Nachricht an den Chat von %1 senden</translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation>Kein Infobereich</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher beendet das Schließen des Fensters Streamside, statt es im Hintergrund weiterlaufen zu lassen.</translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation>Streamside läuft weiter</translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation>Streamside läuft im Infobereich weiter und informiert Sie, wenn Ihre Favoriten live gehen. Wählen Sie „Beenden“ im Menü des Infobereichs, um es zu beenden.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Nicht mehr anzeigen</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation>Die Demo speichert die Token des Simulators unverschlüsselt in ihrem eigenen Profil.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation>Neueste Ereignisse</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation>Subs, Geschenk-Subs, Raids, Cheers, Ankündigungen, Live-Starts und Titeländerungen erscheinen hier, sobald sie passieren. Follows und Kanalpunkte-Einlösungen werden nur mit dem Broadcaster geteilt und erscheinen daher nur in Ihrem eigenen Kanal.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation>Benachrichtigungen für %1</translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>Wenn %1 &amp;live geht</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation>Ereignisse mit Benachrichtigung</translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation>Solange der Kanal von %1 in Streamside geöffnet ist und sein Fenster nicht im Vordergrund steht, lösen diese Ereignisse eine Benachrichtigung aus.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation>Bei allen Ereignissen benachrichtigen</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation>Bei keinem Ereignis benachrichtigen</translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation>Neue Abonnements</translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation>Erneute Abonnements</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Geschenk-Subs</translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation>Geschenke an die Community</translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation>Fortgeführte Geschenk-Subs</translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation>Fortgeführte Prime-Subs</translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation>Weitergegebene Geschenke</translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation>Raids auf den Kanal</translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation>Raids durch den Kanal</translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation>Abgebrochene Raids</translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation>Cheers</translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation>Neue Bits-Abzeichen</translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation>Power-ups</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Ankündigungen</translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation>Hervorgehobene Nachrichten</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>Spenden für wohltätige Zwecke</translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation>Zuschauerserien</translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation>Stream beendet</translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation>Titel oder Kategorie geändert</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation>Favorit hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation>Favorit hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Benachrichtigungen…</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>Aus Favoriten &amp;entfernen</translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation>Keine Favoriten</translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation>Drücken Sie +, um die Kanäle hinzuzufügen, die Sie schauen.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation>Streamside autorisieren</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation>Live-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation>Live-Benachrichtigung</translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation>Live-Benachrichtigungen Ihrer Favoriten</translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation>Melden Sie sich an, um zu sehen, wie Streamside erfährt, dass Ihre Favoriten live gehen.</translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation>Noch keine Favoriten. Fügen Sie die Kanäle hinzu, die Sie schauen (Strg+N), um benachrichtigt zu werden, wenn sie live gehen.</translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation>Twitch erlaubt pro Benutzer Abonnementkosten von insgesamt %1, geteilt mit dem geöffneten Kanal: Die ersten Favoriten in Ihrer Reihenfolge erhalten sofortige Benachrichtigungen, die übrigen werden jede Minute geprüft. Ziehen Sie Favoriten in der Seitenleiste, um auszuwählen.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation>Favoriten mit sofortigen Benachrichtigungen: %1 von %2. Abonnementkosten: %3 von %4.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation>Favoriten mit sofortigen Benachrichtigungen: %1 von %2. Abonnementkosten: %3 von %4; der geöffnete Kanal verwendet %5.</translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation>Sofort (EventSub)</translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation>Twitch informiert Streamside in dem Moment, in dem dieser Kanal live geht.</translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation>Jede Minute geprüft</translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation>Für eine sofortige Benachrichtigung vorgesehen, wird aber jede Minute geprüft, bis Twitch das Abonnement akzeptiert.</translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation>Jenseits des Abonnementkostenlimits von Twitch: Streamside fragt Twitch jede Minute, ob dieser Kanal live ist.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation>Ihr Browser konnte nicht geöffnet werden. Öffnen Sie den Link selbst.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation>Streamside mit Twitch verbinden</translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation>Streamside benötigt die Client-ID einer bei Twitch registrierten Anwendung. Registrieren Sie eine in der Twitch-Entwicklerkonsole mit der OAuth-Weiterleitungs-URL &lt;b&gt;http://localhost:17563&lt;/b&gt; und dem Clienttyp &lt;b&gt;Public&lt;/b&gt; und fügen Sie dann deren Client-ID hier ein.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation>Twitch-Client-ID</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Speichern und fortfahren</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Stattdessen die Demo ausprobieren</translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation>Mit Twitch anmelden</translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation>Streamside öffnet Twitch in Ihrem Browser, um Ihre Erlaubnis einzuholen. Ihr Passwort sieht es dabei nie.</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>Stattdessen einen Code verwenden</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Fahren Sie in Ihrem Browser fort</translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation>Autorisierungslink</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation>In der App autorisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation>Mit einem Code anmelden</translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät den Link unten, melden Sie sich bei Twitch an und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Einzugebender Code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>Bestätigungslink</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation>Twitch wurde in Ihrem Browser geöffnet. Autorisieren Sie Streamside dort; dieses Fenster fährt von selbst fort.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation>Ihr Browser konnte nicht geöffnet werden. Öffnen Sie diesen Link selbst in einem Browser; dieses Fenster fährt von selbst fort.</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>Der Code gilt bis %1.</translation>
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
        <translation>Noch keine Favoriten</translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation>Ihre Lieblings-Streamer erscheinen hier: ihr Live-Player, ihr Chat und die neuesten Ereignisse ihres Kanals, nebeneinander.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation>Verbindung zu Twitch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation>Favorit &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation>Favorit ent&amp;fernen</translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation>Favoriten-Be&amp;nachrichtigungen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation>&amp;Nächster Favorit</translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation>&amp;Vorheriger Favorit</translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation>&amp;Chatfeld fokussieren</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>&amp;Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation>&amp;Über Streamside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation>Über Streamside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;Ein nativer Desktop-Begleiter für Twitch: der Live-Player, der Chat und die neuesten Ereignisse Ihrer Lieblingskanäle in einem Fenster.&lt;/p&gt;&lt;p&gt;Freie Software unter der MIT-Lizenz. Nicht mit Twitch verbunden.&lt;/p&gt;</translation>
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
        <translation>Alle Ereignisse für meinen eigenen Kanal</translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation>Streamside bei meiner Anmeldung starten</translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation>Startet im Infobereich (oder minimiert), wenn Sie sich an Ihrem Desktop anmelden, damit Sie nie verpassen, wenn ein Favorit live geht.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation>Follows, Abonnements, Cheers, Kanalpunkte-Einlösungen, Hype Trains, Umfragen, Vorhersagen, Ziele, Spendenaktionen und Werbepausen Ihres eigenen Kanals. Twitch fragt Sie separat nach dieser Berechtigung.</translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation>Ihre Twitch-Anmeldung wird verschlüsselt gespeichert, der Schlüssel liegt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation>&lt;b&gt;Kein Systemschlüsselbund verfügbar&lt;/b&gt;: Ihre Twitch-Anmeldung wird unverschlüsselt in einer Datei gespeichert, die nur Ihr Benutzerkonto lesen kann. (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation>Twitch-Anwendung:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the system&apos;s language, by its own name.</extracomment>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
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
        <translation>Player wird geladen…</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>Chat wird geladen…</translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation>Der Player kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation>Der Chat kann nicht angezeigt werden</translation>
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
            <numerusform>%1 · %Ln Zuschauer</numerusform>
            <numerusform>%1 · %Ln Zuschauer</numerusform>
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
        <translation>Streamside öffnen</translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation>Kein Favorit ist live</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation>Streamside beenden</translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Aktiv bis %1</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Jetzt live</translation>
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
            <numerusform>Streamside: %Ln ungelesenes Ereignis</numerusform>
            <numerusform>Streamside: %Ln ungelesene Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation>Diese Seite konnte nicht geladen werden (%1). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
</TS>
