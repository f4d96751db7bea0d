<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppPaths</name>
    <message>
        <source>No folder for Streamside&apos;s data could be determined.</source>
        <translation>Aucun dossier n&apos;a pu être déterminé pour les données de Streamside.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation>Collez l&apos;identifiant client de votre application Twitch.</translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation>Un identifiant client Twitch ne contient que des lettres et des chiffres (64 au maximum), comme indiqué dans la console développeur Twitch.</translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation>Streamside a besoin de l&apos;identifiant client d&apos;une application Twitch pour se connecter. Enregistrez-en une sur dev.twitch.tv (type de client : Public, URL de redirection OAuth %1) et collez son identifiant client ici.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Streamside: a Twitch companion with the live player, chat and the latest events of your favourite channels in one window.</source>
        <translation>Streamside : un compagnon Twitch réunissant le lecteur en direct, le chat et les derniers événements de vos chaînes préférées dans une seule fenêtre.</translation>
    </message>
    <message>
        <source>Run against the built-in Twitch simulator, with a separate profile.</source>
        <translation>Exécuter avec le simulateur Twitch intégré, avec un profil distinct.</translation>
    </message>
    <message>
        <source>Open the channel LOGIN at start.</source>
        <translation>Ouvrir la chaîne LOGIN au démarrage.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>Démarrer sans afficher la fenêtre.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>Argument inattendu &apos;%1&apos; ; voir --help.</translation>
    </message>
    <message>
        <source>--channel: &apos;%1&apos; is not a Twitch login (letters, digits and underscores, at most 25).</source>
        <extracomment>%1 is what was given</extracomment>
        <translation>--channel : &apos;%1&apos; n’est pas un identifiant Twitch (lettres, chiffres et tirets bas, 25 au maximum).</translation>
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
        <translation>Niveau 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Niveau 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation>Un spectateur anonyme</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation>%1 s&apos;est abonné(e)</translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation>%1 s&apos;est abonné(e) (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation>
            <numerusform>%1 s&apos;est réabonné(e) : %Ln mois</numerusform>
            <numerusform>%1 s&apos;est réabonné(e) : %Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation>%1 s&apos;est réabonné(e)</translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation>%1 a offert un abonnement à %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation>
            <numerusform>%1 a offert %Ln abonnement à la communauté</numerusform>
            <numerusform>%1 a offert %Ln abonnements à la communauté</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation>%1 prolonge l&apos;abonnement offert par %2</translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation>%1 a converti son abonnement Prime en abonnement payant</translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation>%1 fait passer au suivant le cadeau de %2</translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation>L&apos;abonnement de %1 a pris fin</translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation>
            <numerusform>%1 a lancé un raid avec %Ln spectateur</numerusform>
            <numerusform>%1 a lancé un raid avec %Ln spectateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation>
            <numerusform>Raid sur %1 avec %Ln spectateur</numerusform>
            <numerusform>Raid sur %1 avec %Ln spectateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation>Le raid a été annulé</translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation>
            <numerusform>%1 a envoyé un Cheer de %Ln Bit</numerusform>
            <numerusform>%1 a envoyé un Cheer de %Ln Bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation>
            <numerusform>%1 a utilisé %Ln Bit</numerusform>
            <numerusform>%1 a utilisé %Ln Bits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation>%1 a débloqué le badge Bits de %2</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>Annonce de %1</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>Annonce : %1</translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation>%1 a fait un don de %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation>
            <numerusform>%1 a regardé %Ln stream d&apos;affilée</numerusform>
            <numerusform>%1 a regardé %Ln streams d&apos;affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation>%1 a partagé une série de visionnage</translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation>%1 a mis un message en avant</translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation>%1 a utilisé un Power-up</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation>Le chat a été effacé</translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation>Un message de %1 a été supprimé</translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation>Les paramètres du chat ont changé</translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation>%1 a lancé son live</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>%1 est hors ligne</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation>Nouveau titre : %1</translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation>Nouveau titre : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation>%1 suit la chaîne</translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation>%1 a utilisé %2</translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation>Un train de la hype a démarré</translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation>
            <numerusform>Le train de la hype a atteint le niveau %Ln</numerusform>
            <numerusform>Le train de la hype a atteint le niveau %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation>
            <numerusform>Le train de la hype s&apos;est terminé au niveau %Ln</numerusform>
            <numerusform>Le train de la hype s&apos;est terminé au niveau %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>Sondage : %1</translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation>Mise à jour du sondage : %1</translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation>Sondage terminé : %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>Prédiction : %1</translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation>Mise à jour de la prédiction : %1</translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation>Prédiction verrouillée : %1</translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation>Prédiction terminée : %1</translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation>
            <numerusform>Une coupure publicitaire de %Ln seconde a commencé</numerusform>
            <numerusform>Une coupure publicitaire de %Ln secondes a commencé</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation>Objectif lancé : %1</translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation>Progression de l&apos;objectif : %1</translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation>Objectif terminé : %1</translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation>Une collecte caritative pour %1 a commencé</translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation>La collecte caritative pour %1 a progressé</translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation>La collecte caritative pour %1 est terminée</translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation>Shoutout à %1</translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation>%1 a fait un shoutout à cette chaîne</translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation>Le mode Bouclier est activé</translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation>Le mode Bouclier est désactivé</translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation>Un chat partagé a commencé</translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation>Le chat partagé a changé</translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation>Le chat partagé est terminé</translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation>Événement Twitch : %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation>Streamside ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation>
            <numerusform>il y a %Ln min</numerusform>
            <numerusform>il y a %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation>
            <numerusform>il y a %Ln h</numerusform>
            <numerusform>il y a %Ln h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The account could not be saved.</source>
        <translation>Le compte n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Le compte n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Impossible de créer la base de données %1 : %2.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base de données n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>La base de données n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The database failed its integrity check (%1).</source>
        <translation>La base de données a échoué à la vérification d&apos;intégrité (%1).</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s version.</source>
        <translation>Impossible de lire la version de la base de données.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Streamside (schema %2; this version knows up to %3). Update Streamside.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Streamside (schéma %2 ; cette version connaît jusqu&apos;au schéma %3). Mettez à jour Streamside.</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1.</source>
        <translation>La base de données n&apos;a pas pu être mise à jour vers la version %1.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>La base de données n&apos;a pas pu être mise à jour.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be moved aside.</source>
        <translation>La base de données %1 est endommagée et ne peut pas être mise de côté.</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is now private to you.</source>
        <translation>%1 était lisible par d&apos;autres utilisateurs ; l&apos;accès vous est désormais réservé.</translation>
    </message>
    <message>
        <source>An event could not be saved.</source>
        <translation>Un événement n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Old events could not be removed.</source>
        <translation>Les anciens événements n&apos;ont pas pu être supprimés.</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>L&apos;historique des événements n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The favourites could not be read.</source>
        <translation>Les favoris n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The favourite could not be added.</source>
        <translation>Le favori n&apos;a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>The favourite could not be removed.</source>
        <translation>Le favori n&apos;a pas pu être retiré.</translation>
    </message>
    <message>
        <source>The favourites could not be reordered.</source>
        <translation>Les favoris n&apos;ont pas pu être réordonnés.</translation>
    </message>
    <message>
        <source>The channel is not a favourite.</source>
        <translation>La chaîne n&apos;est pas un favori.</translation>
    </message>
    <message>
        <source>The notification rules could not be saved.</source>
        <translation>Les règles de notification n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved.</source>
        <translation>Le paramètre %1 n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The setting %1 could not be reset.</source>
        <translation>Le paramètre %1 n&apos;a pas pu être réinitialisé.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what could not be done, %2 why (two sentences; languages that write no space between sentences leave it out)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1).</source>
        <translation>La base de données est utilisée par un autre programme (%1).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; everything saved before is kept.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace ; tout ce qui a été enregistré auparavant est conservé.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>Impossible d&apos;écrire dans la base de données (%1).</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>La base de données est endommagée (%1).</translation>
    </message>
    <message>
        <source>The database said: %1.</source>
        <extracomment>%1 is the database&apos;s own description of the problem</extracomment>
        <translation>La base de données a répondu : %1.</translation>
    </message>
</context>
<context>
    <name>WebModuleLoader</name>
    <message>
        <source>The web view module could not be loaded (%1).</source>
        <translation>Le module de vue web n&apos;a pas pu être chargé (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Votre session Twitch a expiré — reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation>Votre connexion Twitch enregistrée n&apos;a pas pu être lue — reconnectez-vous.</translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation>Twitch n&apos;a fourni aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Twitch est injoignable (%1).</translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation>Twitch n&apos;a pas accepté la connexion (%1).</translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation>La connexion a été faite pour une autre application.</translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation>Ce jeton n&apos;est pas un jeton utilisateur.</translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>Le code a expiré avant d&apos;être approuvé. Recommencez pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation>Aucune application Twitch n&apos;est configurée : saisissez d&apos;abord un identifiant client.</translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation>Twitch a répondu de façon inattendue à la demande de connexion.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation>La connexion a été refusée sur Twitch.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Twitch est injoignable (%1).</translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation>Twitch ne connaît pas l&apos;identifiant client de cette application (%1).</translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation>Twitch a refusé la connexion (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation>aucun message de Twitch depuis %1 s</translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation>Twitch n&apos;a pas accueilli la connexion dans les %1 s</translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation>Twitch a fermé la connexion : erreur interne du serveur</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation>Twitch a fermé la connexion : le client a envoyé un message</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation>Twitch a fermé la connexion : le client n&apos;a pas répondu à un ping</translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation>Twitch a fermé la connexion : aucun abonnement n&apos;a été créé à temps</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation>Twitch a fermé la connexion : le délai de reconnexion a expiré</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation>Twitch a fermé la connexion : délai réseau dépassé</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation>Twitch a fermé la connexion : erreur réseau</translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation>Twitch a fermé la connexion : URL de reconnexion invalide</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation>Twitch a fermé la connexion (code %1)</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation>Twitch a fermé la connexion (code %1 : %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation>une trame binaire (%1 octets) ; Twitch envoie des trames texte</translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation>connexion à Twitch perdue</translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation>connexion à Twitch perdue (%1)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation>L&apos;instance précédente de Streamside n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation>Impossible de joindre l&apos;instance précédente de Streamside : %1</translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation>L&apos;instance précédente de Streamside s&apos;est fermée sans passer le relais.</translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation>L&apos;instance précédente de Streamside a répondu de façon inattendue.</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation>Impossible d&apos;attendre une nouvelle instance : %1</translation>
    </message>
</context>
<context>
    <name>streamside::HelixClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde</numerusform>
            <numerusform>Aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::KeychainKeyStore</name>
    <message>
        <source>The key in the keychain has the wrong size.</source>
        <translation>La clé dans le trousseau n&apos;a pas la bonne taille.</translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>Votre navigateur n&apos;a pas répondu en %n minute. Relancez la connexion.</numerusform>
            <numerusform>Votre navigateur n&apos;a pas répondu en %n minutes. Relancez la connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation>Aucune application Twitch n&apos;est configurée : il n&apos;y a donc rien à quoi se connecter. Définissez STREAMSIDE_CLIENT_ID sur l&apos;identifiant client d&apos;une application enregistrée.</translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation>Streamside n&apos;a pas pu ouvrir votre navigateur web. Copiez le lien de connexion dans votre navigateur pour continuer.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation>Choisissez un autre port avec la variable d&apos;environnement STREAMSIDE_REDIRECT_PORT. Twitch ne renvoie la connexion qu&apos;à une adresse enregistrée pour l&apos;application : http://localhost:&lt;port&gt; avec le nouveau port doit donc aussi y être enregistré.</translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation>Aucun port n&apos;est configuré pour recevoir la connexion depuis votre navigateur.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation>Le port %1 de cet ordinateur est déjà utilisé par un autre programme : Streamside ne peut donc pas recevoir la connexion depuis votre navigateur. Fermez ce programme et réessayez.</translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation>Streamside ne peut pas recevoir la connexion depuis votre navigateur sur le port %1 : %2.</translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation>Ce n&apos;est pas une demande de connexion</translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation>Streamside ne répond ici qu&apos;à la redirection de connexion.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Mauvaise adresse</translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation>Cette adresse n&apos;appartient pas à la connexion de Streamside.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation>Seule la page de connexion de Streamside peut envoyer ceci.</translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation>Cette connexion est terminée</translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation>Streamside n&apos;attend plus de connexion. Vous pouvez fermer cet onglet ; pour vous connecter, recommencez depuis Streamside.</translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation>Connexion à Streamside</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation>Streamside n&apos;a pas répondu. Relancez la connexion depuis Streamside.</translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation>Activez JavaScript pour cette page afin de terminer la connexion à Streamside.</translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation>Ce n&apos;est pas une réponse de connexion</translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation>Ceci n&apos;est pas une réponse de Twitch.</translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation>Cette réponse de Twitch appartient à une autre tentative de connexion. Utilisez l&apos;onglet de connexion le plus récent ou relancez la connexion depuis Streamside.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>Pas cette connexion</translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation>Connexion annulée - Streamside</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation>Vous ne vous êtes pas connecté à Streamside. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation>Vous avez annulé la connexion sur Twitch.</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation>Échec de la connexion - Streamside</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation>Cette réponse de Twitch ne contient aucun jeton.</translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation>Connecté - Streamside</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation>Vous êtes connecté à Streamside. Vous pouvez fermer cet onglet.</translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 est en live</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>
            <numerusform>%n nouvel événement sur la chaîne de %1</numerusform>
            <numerusform>%n nouveaux événements sur la chaîne de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::OAuthClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde</numerusform>
            <numerusform>Aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation>Vous êtes banni du chat de cette chaîne : ses événements de chat se sont donc arrêtés.</translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation>L&apos;accès de Streamside à votre compte Twitch a été révoqué : ces événements se sont donc arrêtés. Reconnectez-vous pour les récupérer.</translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation>Ce compte Twitch a été fermé ou suspendu : ses événements se sont donc arrêtés.</translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation>Twitch ne propose plus ce type d&apos;événement sous la forme demandée par Streamside. Une mise à jour de Streamside le rétablira.</translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation>Vous n&apos;êtes plus modérateur de cette chaîne : ses événements de modération (follows, shoutouts) se sont donc arrêtés.</translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation>Twitch a cessé d&apos;envoyer ces événements (%1).</translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation>Twitch a demandé à plusieurs reprises à Streamside de ralentir.</translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation>La limite d&apos;abonnements aux événements de Twitch est atteinte.</translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation>Twitch n&apos;a pas répondu correctement (%1).</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation>Certains événements de cette chaîne sont indisponibles : %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation>Ajouter un favori</translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation>Nom de la chaîne ou identifiant</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>Chaîne à ajouter</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>Chaînes correspondantes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation>%1 — en live : %2</translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation>Aucune chaîne ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation>Impossible de rechercher sur Twitch : %1</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation>« %1 » n&apos;est pas un identifiant Twitch : les identifiants ne contiennent que des lettres, des chiffres et des tirets bas.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation>Aucune chaîne Twitch nommée %1.</translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation>Impossible d&apos;interroger Twitch : %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation>Démarrage de Streamside…</translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation>Ouverture de votre profil.</translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation>Le simulateur Twitch de la démo n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation>Streamside ne peut pas ouvrir ses données</translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation>Vos données étaient endommagées</translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation>La base de données de Streamside était endommagée et a été mise de côté sous le nom %1. Une nouvelle base a été créée : connectez-vous et ajoutez à nouveau vos favoris.</translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation>Événements en direct connectés</translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation>Connexion à Twitch…</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>Reconnexion : %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Hors ligne : %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation>Vérification de votre session Twitch.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Pas encore de favoris</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>Choisissez une chaîne</translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation>Appuyez sur Ctrl+N ou + pour ajouter les chaînes que vous regardez.</translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation>Choisissez l&apos;un de vos favoris à gauche.</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>Hors ligne : non connecté</translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Votre session Twitch a expiré — reconnectez-vous.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation>Aucune chaîne Twitch nommée %1</translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation>Vérifiez l&apos;orthographe ou choisissez l&apos;un de vos favoris.</translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation>La chaîne n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation>Le favori n&apos;a pas été ajouté</translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation>Le favori n&apos;a pas été retiré</translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation>Les notifications n&apos;ont pas été modifiées</translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation>Twitch n&apos;a pas publié le message : %1</translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation>Vous envoyez des messages trop rapidement. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation>Vous ne pouvez pas discuter sur cette chaîne (vous êtes peut-être banni ou exclu temporairement).</translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation>Twitch est injoignable ; le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Le message n&apos;a pas été envoyé : %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation>La nouvelle instance de Streamside n&apos;était pas prête à temps.</translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation>La fenêtre a été réaffichée.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Impossible de démarrer %1.</translation>
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
        <translation>Message de chat</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>Envoyer le message de chat</translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation>Envoyer un message dans le chat de %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation>Pas de zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : fermer la fenêtre quitte donc Streamside au lieu de le laisser tourner en arrière-plan.</translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation>Streamside continue de tourner</translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation>Streamside tourne toujours dans la zone de notification et vous préviendra quand vos favoris lanceront un live. Choisissez Quitter dans le menu de la zone de notification pour l&apos;arrêter.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Ne plus afficher ce message</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation>La démo conserve les jetons du simulateur non chiffrés dans son propre profil.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation>Derniers événements</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aucun événement pour l&apos;instant</translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation>Les abonnements, abonnements offerts, raids, Cheers, annonces, lancements de live et changements de titre s&apos;affichent ici dès qu&apos;ils se produisent. Les follows et les utilisations de points de chaîne ne sont communiqués qu&apos;au streamer : ils n&apos;apparaissent donc que sur votre propre chaîne.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation>Notifications pour %1</translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>Quand %1 lance un &amp;live</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation>Événements qui déclenchent une notification</translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation>Lorsque la chaîne de %1 est ouverte dans Streamside et que sa fenêtre n&apos;est pas au premier plan, ces événements affichent une notification.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation>Notifier tous les événements</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation>Ne notifier aucun événement</translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation>Nouveaux abonnements</translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation>Réabonnements</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Abonnements offerts</translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation>Cadeaux à la communauté</translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation>Abonnements offerts prolongés</translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation>Abonnements Prime prolongés</translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation>Cadeaux passés au suivant</translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation>Raids sur la chaîne</translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation>Raids lancés par la chaîne</translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation>Raids annulés</translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation>Cheers</translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation>Nouveaux badges Bits</translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation>Power-ups</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation>Messages mis en avant</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>Dons caritatifs</translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation>Séries de visionnage</translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation>Fin du live</translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation>Titre ou catégorie modifié</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation>Ajouter un favori (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation>Ajouter un favori</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notifications…</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>&amp;Retirer des favoris</translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation>Aucun favori</translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation>Appuyez sur + pour ajouter les chaînes que vous regardez.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation>Autoriser Streamside</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation>Alertes de live</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation>Alerte de live</translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation>Alertes de live de vos favoris</translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation>Connectez-vous pour voir comment Streamside apprend que vos favoris lancent un live.</translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation>Pas encore de favoris. Ajoutez les chaînes que vous regardez (Ctrl+N) pour être prévenu quand elles lancent un live.</translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation>Twitch autorise un coût total d&apos;abonnements de %1 par utilisateur, partagé avec la chaîne ouverte : les premiers favoris de votre liste reçoivent des alertes instantanées, les autres sont vérifiés toutes les minutes. Faites glisser les favoris dans la barre latérale pour choisir.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation>Favoris avec alertes instantanées : %1 sur %2. Coût des abonnements : %3 sur %4.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation>Favoris avec alertes instantanées : %1 sur %2. Coût des abonnements : %3 sur %4 ; la chaîne ouverte en utilise %5.</translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation>Instantanée (EventSub)</translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation>Twitch prévient Streamside dès que cette chaîne lance un live.</translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation>Vérifiée toutes les minutes</translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation>Prévue pour une alerte instantanée, mais vérifiée toutes les minutes jusqu&apos;à ce que Twitch accepte l&apos;abonnement.</translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation>Au-delà de la limite de coût d&apos;abonnements de Twitch : Streamside demande à Twitch toutes les minutes si cette chaîne est en live.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation>Votre navigateur n&apos;a pas pu être ouvert. Ouvrez le lien vous-même.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation>Connecter Streamside à Twitch</translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation>Streamside a besoin de l&apos;identifiant client d&apos;une application enregistrée auprès de Twitch. Enregistrez-en une dans la console développeur Twitch avec l&apos;URL de redirection OAuth &lt;b&gt;http://localhost:17563&lt;/b&gt; et le type de client &lt;b&gt;Public&lt;/b&gt;, puis collez son identifiant client ici.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation>Identifiant client Twitch</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Enregistrer et continuer</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Essayer plutôt la démo</translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation>Se connecter avec Twitch</translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation>Streamside ouvre Twitch dans votre navigateur pour demander votre autorisation. Il ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>Utiliser plutôt un code</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Continuez dans votre navigateur</translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation>Lien d&apos;autorisation</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation>Autoriser dans l&apos;application</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation>Se connecter avec un code</translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation>Sur n&apos;importe quel appareil, ouvrez le lien ci-dessous, connectez-vous à Twitch et saisissez ce code :</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Code à saisir</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>Lien de vérification</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation>Twitch s&apos;est ouvert dans votre navigateur. Autorisez-y Streamside ; cette fenêtre poursuivra d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation>Votre navigateur n&apos;a pas pu être ouvert. Ouvrez vous-même ce lien dans un navigateur ; cette fenêtre poursuivra d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>Le code est valable jusqu&apos;à %1.</translation>
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
        <translation>Pas encore de favoris</translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation>Vos streamers favoris apparaîtront ici : leur lecteur en direct, leur chat et les derniers événements de leur chaîne, côte à côte.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation>Connexion à Twitch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation>&amp;Ajouter un favori…</translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation>&amp;Retirer le favori</translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation>&amp;Notifications du favori…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation>Favori &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation>Favori &amp;précédent</translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation>Aller à la zone de &amp;chat</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>Afficher les &amp;événements</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation>À &amp;propos de Streamside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation>À propos de Streamside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;Un compagnon de bureau natif pour Twitch : le lecteur en direct, le chat et les derniers événements de vos chaînes favorites dans une seule fenêtre.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence MIT. Non affilié à Twitch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>The demo&apos;s window title; the desktop shows it as &quot;Demo — Streamside&quot;</extracomment>
        <translation>Démo</translation>
    </message>
</context>
<context>
    <name>streamside::ui::SettingsDialog</name>
    <message>
        <source>Full events for my own channel</source>
        <translation>Tous les événements de ma propre chaîne</translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation>Démarrer Streamside à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation>Démarre dans la zone de notification (ou réduit) à l&apos;ouverture de votre session, pour ne jamais manquer le début du live d&apos;un favori.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation>Follows, abonnements, Cheers, utilisations de points de chaîne, trains de la hype, sondages, prédictions, objectifs, collectes caritatives et coupures publicitaires de votre propre chaîne. Twitch vous demande cette autorisation séparément.</translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation>Votre connexion Twitch est stockée chiffrée, avec sa clé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation>&lt;b&gt;Aucun trousseau système n&apos;était disponible&lt;/b&gt; : votre connexion Twitch est stockée non chiffrée, dans un fichier que seul votre compte utilisateur peut lire. (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation>Application Twitch :</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the system&apos;s language, by its own name.</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>streamside::ui::StreamerPage</name>
    <message>
        <source>LIVE</source>
        <translation>EN DIRECT</translation>
    </message>
    <message>
        <source>Loading the player…</source>
        <translation>Chargement du lecteur…</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>Chargement du chat…</translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation>Le lecteur ne peut pas être affiché</translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation>Le chat ne peut pas être affiché</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln viewer(s)</source>
        <translation>
            <numerusform>%1 · %Ln spectateur</numerusform>
            <numerusform>%1 · %Ln spectateurs</numerusform>
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
        <translation>Ouvrir Streamside</translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation>Aucun favori n&apos;est en live</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation>Quitter Streamside</translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Activé jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>En live</translation>
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
            <numerusform>Streamside : %Ln événement non lu</numerusform>
            <numerusform>Streamside : %Ln événements non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation>Cette page n&apos;a pas pu être chargée (%1). Vérifiez votre connexion et réessayez.</translation>
    </message>
</context>
</TS>
