<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSummary</name>
    <message>
        <source>Prime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::ChatBox</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::MainWindow</name>
    <message>
        <source>Streamside (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::SettingsDialog</name>
    <message>
        <source>Full events for my own channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::StreamerPage</name>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the player…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::ui::TrayController</name>
    <message>
        <source>Streamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamside: unread events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Streamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a channel, %2 what it is playing</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
