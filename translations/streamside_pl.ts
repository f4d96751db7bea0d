<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AppPaths</name>
    <message>
        <source>No folder for Streamside&apos;s data could be determined.</source>
        <translation>Nie można ustalić folderu na dane Streamside.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation>Wklej identyfikator klienta (client id) swojej aplikacji Twitch.</translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation>Identyfikator klienta Twitch składa się wyłącznie z liter i cyfr (maksymalnie 64), tak jak w konsoli deweloperskiej Twitch.</translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation>Do logowania Streamside potrzebuje identyfikatora klienta aplikacji Twitch. Zarejestruj ją na dev.twitch.tv (typ klienta: Public, adres przekierowania OAuth %1) i wklej tutaj jej identyfikator klienta.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Streamside: a Twitch companion with the live player, chat and the latest events of your favourite channels in one window.</source>
        <translation>Streamside: towarzysz Twitcha z odtwarzaczem na żywo, czatem i najnowszymi wydarzeniami ulubionych kanałów w jednym oknie.</translation>
    </message>
    <message>
        <source>Run against the built-in Twitch simulator, with a separate profile.</source>
        <translation>Uruchom z wbudowanym symulatorem Twitcha, z osobnym profilem.</translation>
    </message>
    <message>
        <source>Open the channel LOGIN at start.</source>
        <translation>Otwórz kanał LOGIN przy uruchomieniu.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>Uruchom bez pokazywania okna.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>Nieoczekiwany argument &apos;%1&apos;; zobacz --help.</translation>
    </message>
    <message>
        <source>--channel: &apos;%1&apos; is not a Twitch login (letters, digits and underscores, at most 25).</source>
        <extracomment>%1 is what was given</extracomment>
        <translation>--channel: &apos;%1&apos; nie jest loginem Twitch (litery, cyfry i podkreślenia, maksymalnie 25).</translation>
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
        <translation>Poziom 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Poziom 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Poziom 3</translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation>Anonimowy widz</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ktoś</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation>%1 – nowa subskrypcja</translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation>%1 – nowa subskrypcja (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation>
            <numerusform>%1 – odnowiona subskrypcja: %Ln miesiąc</numerusform>
            <numerusform>%1 – odnowiona subskrypcja: %Ln miesiące</numerusform>
            <numerusform>%1 – odnowiona subskrypcja: %Ln miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation>%1 – odnowiona subskrypcja</translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation>%1 podarowuje subskrypcję użytkownikowi %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation>
            <numerusform>%1 podarowuje społeczności %Ln subskrypcję</numerusform>
            <numerusform>%1 podarowuje społeczności %Ln subskrypcje</numerusform>
            <numerusform>%1 podarowuje społeczności %Ln subskrypcji</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation>%1 kontynuuje subskrypcję podarowaną przez %2</translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation>%1 ulepsza subskrypcję Prime</translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation>%1 przekazuje dalej prezent od %2</translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation>Subskrypcja %1 wygasła</translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation>
            <numerusform>%1 – rajd z %Ln widzem</numerusform>
            <numerusform>%1 – rajd z %Ln widzami</numerusform>
            <numerusform>%1 – rajd z %Ln widzami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation>
            <numerusform>Rajd na kanał %1 z %Ln widzem</numerusform>
            <numerusform>Rajd na kanał %1 z %Ln widzami</numerusform>
            <numerusform>Rajd na kanał %1 z %Ln widzami</numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation>Rajd został anulowany</translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation>
            <numerusform>%1 – Cheer: %Ln Bits</numerusform>
            <numerusform>%1 – Cheer: %Ln Bitsy</numerusform>
            <numerusform>%1 – Cheer: %Ln Bitsów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation>
            <numerusform>%1 – użyto %Ln Bits</numerusform>
            <numerusform>%1 – użyto %Ln Bitsów</numerusform>
            <numerusform>%1 – użyto %Ln Bitsów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation>%1 odblokowuje odznakę Bitsów: %2</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>Ogłoszenie od %1</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>Ogłoszenie: %1</translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation>%1 przekazuje %2 na rzecz %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation>
            <numerusform>%1 ogląda %Ln stream z rzędu</numerusform>
            <numerusform>%1 ogląda %Ln streamy z rzędu</numerusform>
            <numerusform>%1 ogląda %Ln streamów z rzędu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation>%1 udostępnia serię oglądania</translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation>%1 wyróżnia wiadomość</translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation>%1 używa Power-upu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation>Czat został wyczyszczony</translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation>Usunięto wiadomość od %1</translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation>Zmieniono ustawienia czatu</translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation>%1 rozpoczyna transmisję na żywo</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>%1 kończy transmisję</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation>Nowy tytuł: %1</translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation>Nowy tytuł: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation>%1 – nowa obserwacja</translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation>%1 odbiera nagrodę: %2</translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation>Rozpoczął się Hype Train</translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation>
            <numerusform>Hype Train osiągnął poziom %Ln</numerusform>
            <numerusform>Hype Train osiągnął poziom %Ln</numerusform>
            <numerusform>Hype Train osiągnął poziom %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation>
            <numerusform>Hype Train zakończył się na poziomie %Ln</numerusform>
            <numerusform>Hype Train zakończył się na poziomie %Ln</numerusform>
            <numerusform>Hype Train zakończył się na poziomie %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>Ankieta: %1</translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation>Aktualizacja ankiety: %1</translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation>Ankieta zakończona: %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>Przewidywanie: %1</translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation>Aktualizacja przewidywania: %1</translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation>Przewidywanie zablokowane: %1</translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation>Przewidywanie zakończone: %1</translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation>
            <numerusform>Rozpoczęła się przerwa reklamowa (%Ln sekunda)</numerusform>
            <numerusform>Rozpoczęła się przerwa reklamowa (%Ln sekundy)</numerusform>
            <numerusform>Rozpoczęła się przerwa reklamowa (%Ln sekund)</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation>Rozpoczęto cel: %1</translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation>Postęp celu: %1</translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation>Zakończono cel: %1</translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation>Rozpoczęła się zbiórka charytatywna na rzecz %1</translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation>Zbiórka charytatywna na rzecz %1 posunęła się naprzód</translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation>Zbiórka charytatywna na rzecz %1 zakończyła się</translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation>Shoutout dla %1</translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation>%1 robi shoutout temu kanałowi</translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation>Tryb tarczy jest włączony</translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation>Tryb tarczy jest wyłączony</translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation>Rozpoczął się wspólny czat</translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation>Wspólny czat się zmienił</translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation>Wspólny czat się zakończył</translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation>Zdarzenie Twitch: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation>Nie można uruchomić Streamside</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln min temu</numerusform>
            <numerusform>%Ln min temu</numerusform>
            <numerusform>%Ln min temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln godz. temu</numerusform>
            <numerusform>%Ln godz. temu</numerusform>
            <numerusform>%Ln godz. temu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The account could not be saved.</source>
        <translation>Nie można zapisać konta.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Nie można usunąć konta.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Nie można utworzyć folderu %1 na bazę danych.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Nie można utworzyć bazy danych %1: %2.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Nie można otworzyć bazy danych.</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>Nie można sprawdzić bazy danych.</translation>
    </message>
    <message>
        <source>The database failed its integrity check (%1).</source>
        <translation>Baza danych nie przeszła kontroli integralności (%1).</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s version.</source>
        <translation>Nie można odczytać wersji bazy danych.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Streamside (schema %2; this version knows up to %3). Update Streamside.</source>
        <translation>Baza danych %1 została zapisana przez nowszą wersję Streamside (schemat %2; ta wersja obsługuje schematy do %3). Zaktualizuj Streamside.</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1.</source>
        <translation>Nie można zaktualizować bazy danych do wersji %1.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>Nie można zaktualizować bazy danych.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Baza danych nie jest otwarta.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be moved aside.</source>
        <translation>Baza danych %1 jest uszkodzona i nie można jej przenieść w inne miejsce.</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is now private to you.</source>
        <translation>%1 był dostępny do odczytu dla innych użytkowników; teraz jest dostępny tylko dla Ciebie.</translation>
    </message>
    <message>
        <source>An event could not be saved.</source>
        <translation>Nie można zapisać zdarzenia.</translation>
    </message>
    <message>
        <source>Old events could not be removed.</source>
        <translation>Nie można usunąć starych zdarzeń.</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>Nie można odczytać historii zdarzeń.</translation>
    </message>
    <message>
        <source>The favourites could not be read.</source>
        <translation>Nie można odczytać ulubionych kanałów.</translation>
    </message>
    <message>
        <source>The favourite could not be added.</source>
        <translation>Nie można dodać ulubionego kanału.</translation>
    </message>
    <message>
        <source>The favourite could not be removed.</source>
        <translation>Nie można usunąć ulubionego kanału.</translation>
    </message>
    <message>
        <source>The favourites could not be reordered.</source>
        <translation>Nie można zmienić kolejności ulubionych kanałów.</translation>
    </message>
    <message>
        <source>The channel is not a favourite.</source>
        <translation>Ten kanał nie należy do ulubionych.</translation>
    </message>
    <message>
        <source>The notification rules could not be saved.</source>
        <translation>Nie można zapisać reguł powiadomień.</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved.</source>
        <translation>Nie można zapisać ustawienia %1.</translation>
    </message>
    <message>
        <source>The setting %1 could not be reset.</source>
        <translation>Nie można zresetować ustawienia %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what could not be done, %2 why (two sentences; languages that write no space between sentences leave it out)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1).</source>
        <translation>Baza danych jest używana przez inny program (%1).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; everything saved before is kept.</source>
        <translation>Dysk jest pełny. Zwolnij trochę miejsca; wszystko, co zapisano wcześniej, zostanie zachowane.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>Nie można zapisywać do bazy danych (%1).</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>Baza danych jest uszkodzona (%1).</translation>
    </message>
    <message>
        <source>The database said: %1.</source>
        <extracomment>%1 is the database&apos;s own description of the problem</extracomment>
        <translation>Komunikat bazy danych: %1.</translation>
    </message>
</context>
<context>
    <name>WebModuleLoader</name>
    <message>
        <source>The web view module could not be loaded (%1).</source>
        <translation>Nie można załadować modułu widoku WWW (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Sesja Twitch wygasła — zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation>Nie można odczytać zapisanego logowania do Twitch — zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation>Twitch nie przekazał tokenu dostępu.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Brak połączenia z Twitch (%1).</translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation>Twitch nie zaakceptował logowania (%1).</translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation>Logowanie dotyczyło innej aplikacji.</translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation>Token nie jest tokenem użytkownika.</translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>Kod wygasł przed zatwierdzeniem. Zacznij od nowa, aby uzyskać nowy kod.</translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation>Nie skonfigurowano aplikacji Twitch: najpierw wprowadź identyfikator klienta.</translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation>Twitch odpowiedział na żądanie logowania w nieoczekiwany sposób.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Logowanie anulowane.</translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation>Logowanie zostało odrzucone na Twitch.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Brak połączenia z Twitch (%1).</translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation>Twitch nie zna identyfikatora klienta tej aplikacji (%1).</translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation>Twitch odrzucił logowanie (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation>brak wiadomości od Twitch od %1 s</translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation>Twitch nie powitał połączenia w ciągu %1 s</translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation>Twitch zamknął połączenie: wewnętrzny błąd serwera</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation>Twitch zamknął połączenie: klient wysłał wiadomość</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation>Twitch zamknął połączenie: klient nie odpowiedział na ping</translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation>Twitch zamknął połączenie: nie utworzono subskrypcji na czas</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation>Twitch zamknął połączenie: upłynął czas na ponowne połączenie</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation>Twitch zamknął połączenie: przekroczono limit czasu sieci</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation>Twitch zamknął połączenie: błąd sieci</translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation>Twitch zamknął połączenie: nieprawidłowy adres URL ponownego połączenia</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation>Twitch zamknął połączenie (kod %1)</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation>Twitch zamknął połączenie (kod %1: %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>łączenie z %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>zatrzymano</translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation>ramka binarna (%1 bajtów); Twitch wysyła ramki tekstowe</translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation>utracono połączenie z Twitch</translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation>utracono połączenie z Twitch (%1)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>połączono</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation>Poprzednia instancja Streamside nie odpowiedziała na czas.</translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation>Nie można połączyć się z poprzednią instancją Streamside: %1</translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation>Poprzednia instancja Streamside zamknęła się bez przekazania pracy.</translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation>Poprzednia instancja Streamside odpowiedziała w nieoczekiwany sposób.</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation>Nie można oczekiwać na nową instancję: %1</translation>
    </message>
</context>
<context>
    <name>streamside::HelixClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Brak odpowiedzi w ciągu %n sekundy</numerusform>
            <numerusform>Brak odpowiedzi w ciągu %n sekund</numerusform>
            <numerusform>Brak odpowiedzi w ciągu %n sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::KeychainKeyStore</name>
    <message>
        <source>The key in the keychain has the wrong size.</source>
        <translation>Klucz w pęku kluczy ma nieprawidłowy rozmiar.</translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>Przeglądarka nie odpowiedziała w ciągu %n minuty. Rozpocznij logowanie ponownie.</numerusform>
            <numerusform>Przeglądarka nie odpowiedziała w ciągu %n minut. Rozpocznij logowanie ponownie.</numerusform>
            <numerusform>Przeglądarka nie odpowiedziała w ciągu %n minut. Rozpocznij logowanie ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation>Nie skonfigurowano aplikacji Twitch, więc nie ma do czego się zalogować. Ustaw STREAMSIDE_CLIENT_ID na identyfikator klienta zarejestrowanej aplikacji.</translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation>Streamside nie może otworzyć przeglądarki. Skopiuj link logowania do przeglądarki, aby kontynuować.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Logowanie zostało anulowane.</translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation>Wybierz inny port za pomocą zmiennej środowiskowej STREAMSIDE_REDIRECT_PORT. Twitch odsyła logowanie tylko na adres zarejestrowany dla aplikacji, więc http://localhost:&lt;port&gt; z nowym portem również musi być tam zarejestrowany.</translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation>Nie skonfigurowano portu do odbierania logowania z przeglądarki.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation>Port %1 na tym komputerze jest już używany przez inny program, więc Streamside nie może odebrać logowania z przeglądarki. Zamknij ten program i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation>Streamside nie może odebrać logowania z przeglądarki na porcie %1: %2.</translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation>To nie jest żądanie logowania</translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation>Streamside odpowiada tutaj tylko na przekierowanie logowania.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Nieprawidłowy adres</translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation>Ten adres nie należy do logowania Streamside.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niedozwolone</translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation>Tylko strona logowania Streamside może to wysłać.</translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation>To logowanie zostało zakończone</translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation>Streamside nie oczekuje już na logowanie. Możesz zamknąć tę kartę; aby się zalogować, zacznij ponownie w Streamside.</translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation>Logowanie do Streamside</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>Kończenie logowania…</translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation>Streamside nie odpowiedział. Rozpocznij logowanie ponownie w Streamside.</translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation>Włącz JavaScript dla tej strony, aby dokończyć logowanie do Streamside.</translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation>To nie jest odpowiedź logowania</translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation>To nie jest odpowiedź od Twitch.</translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation>Ta odpowiedź od Twitch należy do innej próby logowania. Użyj najnowszej karty logowania lub rozpocznij logowanie ponownie w Streamside.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>To nie to logowanie</translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation>Logowanie anulowane - Streamside</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Logowanie anulowane</translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation>Nie zalogowano do Streamside. Możesz zamknąć tę kartę.</translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation>Logowanie zostało anulowane na Twitch.</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch odrzucił logowanie: %1</translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation>Logowanie nie powiodło się - Streamside</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Logowanie nie powiodło się</translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation>Ta odpowiedź od Twitch nie zawiera tokenu.</translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation>Zalogowano - Streamside</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Zalogowano</translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation>Zalogowano do Streamside. Możesz zamknąć tę kartę.</translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 nadaje na żywo</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>
            <numerusform>%n nowe zdarzenie na kanale %1</numerusform>
            <numerusform>%n nowe zdarzenia na kanale %1</numerusform>
            <numerusform>%n nowych zdarzeń na kanale %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::OAuthClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Brak odpowiedzi w ciągu %n sekundy</numerusform>
            <numerusform>Brak odpowiedzi w ciągu %n sekund</numerusform>
            <numerusform>Brak odpowiedzi w ciągu %n sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation>Masz bana na czacie tego kanału, więc jego zdarzenia czatu zostały wstrzymane.</translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation>Dostęp Streamside do konta Twitch został cofnięty, więc te zdarzenia zostały wstrzymane. Zaloguj się ponownie, aby je przywrócić.</translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation>To konto Twitch zostało zamknięte lub zawieszone, więc jego zdarzenia zostały wstrzymane.</translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation>Twitch nie oferuje już tego rodzaju zdarzeń w formie, o którą prosi Streamside. Przywróci je aktualizacja Streamside.</translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation>Nie jesteś już moderatorem tego kanału, więc jego zdarzenia moderatorskie (obserwacje, shoutouty) zostały wstrzymane.</translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation>Twitch przestał wysyłać te zdarzenia (%1).</translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation>Twitch wielokrotnie prosił Streamside o spowolnienie.</translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation>Osiągnięto limit subskrypcji zdarzeń Twitch.</translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation>Twitch nie odpowiedział poprawnie (%1).</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>brak autoryzacji</translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation>Niektóre zdarzenia tego kanału są niedostępne: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation>Dodaj ulubiony kanał</translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation>Nazwa kanału lub login</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>Kanał do dodania</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>Pasujące kanały</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation>%1 — na żywo: %2</translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation>Żaden kanał nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation>Nie można przeszukać Twitch: %1</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation>„%1” nie jest loginem Twitch: loginy zawierają tylko litery, cyfry i podkreślenia.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation>Brak kanału Twitch o nazwie %1.</translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation>Nie można wysłać zapytania do Twitch: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation>Uruchamianie Streamside…</translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation>Otwieranie profilu.</translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation>Nie można uruchomić symulatora Twitch w wersji demo: %1</translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation>Streamside nie może otworzyć swoich danych</translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation>Dane zostały uszkodzone</translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation>Baza danych Streamside była uszkodzona i została odłożona jako %1. Utworzono nową: zaloguj się i ponownie dodaj ulubione kanały.</translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation>Zdarzenia na żywo połączone</translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation>Łączenie z Twitch…</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>Ponowne łączenie: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nie zalogowano</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Wylogowano.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation>Sprawdzanie sesji Twitch.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Uruchamiaj po zalogowaniu</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Zalogowano jako %1</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Brak ulubionych kanałów</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>Wybierz kanał</translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation>Naciśnij Ctrl+N lub +, aby dodać oglądane kanały.</translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation>Wybierz jeden z ulubionych kanałów po lewej.</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>Offline: nie zalogowano</translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Sesja Twitch wygasła — zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation>Brak kanału Twitch o nazwie %1</translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation>Sprawdź pisownię lub wybierz jeden z ulubionych kanałów.</translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation>Nie można otworzyć kanału</translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation>Nie dodano ulubionego kanału</translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation>Nie usunięto ulubionego kanału</translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation>Nie zmieniono powiadomień</translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation>Twitch nie opublikował wiadomości: %1</translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation>Wysyłasz wiadomości zbyt szybko. Odczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation>Nie możesz pisać na czacie tego kanału (możliwe, że masz bana lub przerwę).</translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation>Brak połączenia z Twitch; wiadomość nie została wysłana.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Wiadomość nie została wysłana: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation>Nowa instancja Streamside nie była gotowa na czas.</translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation>Okno zostało ponownie wyświetlone.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Nie można uruchomić %1.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::ChatBox</name>
    <message>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Wiadomość czatu</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Wyślij wiadomość</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>Wyślij wiadomość na czacie</translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation>Wyślij wiadomość na czat kanału %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation>Brak zasobnika systemowego</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation>Ten pulpit nie ma zasobnika systemowego, więc zamknięcie okna kończy działanie Streamside zamiast pozostawić go w tle.</translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation>Streamside nadal działa</translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation>Streamside nadal działa w zasobniku systemowym i powiadomi Cię, gdy ulubione kanały zaczną nadawać na żywo. Aby go zakończyć, wybierz Zakończ w menu zasobnika.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Nie pokazuj ponownie</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation>Wersja demo przechowuje tokeny symulatora niezaszyfrowane we własnym profilu.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation>Najnowsze zdarzenia</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Brak zdarzeń</translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation>Subskrypcje, podarowane subskrypcje, rajdy, Cheery, ogłoszenia, rozpoczęcia transmisji i zmiany tytułu pojawiają się tutaj od razu. Obserwacje i odbiory nagród za punkty kanału są udostępniane tylko nadawcy, więc widać je tylko na własnym kanale.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation>Powiadomienia dla %1</translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>Gdy %1 rozpoczyna transmisję na &amp;żywo</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Zdarzenia</translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation>Zdarzenia wywołujące powiadomienia</translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation>Gdy kanał %1 jest otwarty w Streamside, a jego okno nie jest na pierwszym planie, te zdarzenia wyświetlają powiadomienie.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Wszystkie</translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation>Powiadamiaj o wszystkich zdarzeniach</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>Ż&amp;adne</translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation>Nie powiadamiaj o żadnych zdarzeniach</translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation>Nowe subskrypcje</translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation>Odnowione subskrypcje</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Podarowane subskrypcje</translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation>Prezenty dla społeczności</translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation>Kontynuowane podarowane subskrypcje</translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation>Kontynuowane subskrypcje Prime</translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation>Prezenty przekazane dalej</translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation>Rajdy na kanał</translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation>Rajdy kanału</translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation>Anulowane rajdy</translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation>Cheery</translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation>Nowe odznaki Bitsów</translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation>Power-upy</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Ogłoszenia</translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation>Wyróżnione wiadomości</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>Darowizny charytatywne</translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation>Serie oglądania</translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation>Zakończenie transmisji</translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation>Zmiana tytułu lub kategorii</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation>Ulubione</translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation>Dodaj ulubiony kanał (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation>Dodaj ulubiony kanał</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Powiadomienia…</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>&amp;Usuń z ulubionych</translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation>Brak ulubionych</translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation>Naciśnij +, aby dodać oglądane kanały.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation>Autoryzuj Streamside</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation>Alerty o transmisjach</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Ulubiony kanał</translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation>Alert o transmisji</translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation>Alerty o transmisjach ulubionych kanałów</translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation>Zaloguj się, aby zobaczyć, jak Streamside dowiaduje się o rozpoczęciu transmisji ulubionych kanałów.</translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation>Brak ulubionych kanałów. Dodaj oglądane kanały (Ctrl+N), aby otrzymywać powiadomienia o rozpoczęciu ich transmisji.</translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation>Twitch pozwala na łączny koszt subskrypcji %1 na użytkownika, współdzielony z otwartym kanałem: pierwsze ulubione kanały w Twojej kolejności otrzymują natychmiastowe alerty, pozostałe są sprawdzane co minutę. Przeciągnij ulubione kanały na pasku bocznym, aby wybrać.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation>Ulubione kanały z natychmiastowymi alertami: %1 z %2. Koszt subskrypcji: %3 z %4.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation>Ulubione kanały z natychmiastowymi alertami: %1 z %2. Koszt subskrypcji: %3 z %4; otwarty kanał używa %5.</translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation>Natychmiastowy (EventSub)</translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation>Twitch powiadamia Streamside w chwili, gdy ten kanał rozpoczyna transmisję.</translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation>Sprawdzany co minutę</translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation>Przeznaczony do natychmiastowego alertu, ale sprawdzany co minutę, dopóki Twitch nie zaakceptuje subskrypcji.</translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation>Powyżej limitu kosztu subskrypcji Twitch: Streamside co minutę pyta Twitch, czy ten kanał nadaje na żywo.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation>Nie można otworzyć przeglądarki. Otwórz link samodzielnie.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation>Połącz Streamside z Twitch</translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation>Streamside potrzebuje identyfikatora klienta aplikacji zarejestrowanej w Twitch. Zarejestruj ją w konsoli deweloperskiej Twitch z adresem przekierowania OAuth &lt;b&gt;http://localhost:17563&lt;/b&gt; i typem klienta &lt;b&gt;Public&lt;/b&gt;, a następnie wklej tutaj jej identyfikator klienta.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identyfikator klienta</translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation>Identyfikator klienta Twitch</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Zapisz i kontynuuj</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Wypróbuj wersję demo</translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation>Zaloguj się przez Twitch</translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation>Streamside otwiera Twitch w przeglądarce, aby poprosić o zgodę. Nigdy nie widzi Twojego hasła.</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>Użyj kodu</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Wypróbuj wersję demo</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Kontynuuj w przeglądarce</translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation>Link autoryzacji</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopiuj link</translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation>Autoryzuj w aplikacji</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation>Zaloguj się za pomocą kodu</translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation>Na dowolnym urządzeniu otwórz poniższy link, zaloguj się do Twitch i wpisz ten kod:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Kod do wpisania</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Kopiuj kod</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>Link weryfikacyjny</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation>Twitch został otwarty w przeglądarce. Autoryzuj tam Streamside; to okno będzie kontynuować samo.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation>Nie można otworzyć przeglądarki. Otwórz ten link w przeglądarce samodzielnie; to okno będzie kontynuować samo.</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>Kod jest ważny do %1.</translation>
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
        <translation>Brak ulubionych kanałów</translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation>Tutaj pojawią się ulubieni streamerzy: ich odtwarzacz na żywo, czat i najnowsze zdarzenia z kanału, obok siebie.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nie zalogowano</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation>Połączenie z Twitch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation>&amp;Dodaj ulubiony kanał…</translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation>&amp;Usuń ulubiony kanał</translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation>&amp;Powiadomienia ulubionego kanału…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation>&amp;Następny ulubiony kanał</translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation>P&amp;oprzedni ulubiony kanał</translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation>Przejdź do pola &amp;czatu</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>Pokaż &amp;zdarzenia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation>&amp;O programie Streamside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation>O programie Streamside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;Natywna aplikacja towarzysząca dla Twitch: odtwarzacz na żywo, czat i najnowsze zdarzenia ulubionych kanałów w jednym oknie.&lt;/p&gt;&lt;p&gt;Wolne oprogramowanie na licencji MIT. Niepowiązane z Twitch.&lt;/p&gt;</translation>
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
        <translation>Pełne zdarzenia mojego kanału</translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation>Uruchamiaj Streamside po zalogowaniu</translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation>Uruchamia się w zasobniku (lub zminimalizowany) po zalogowaniu do pulpitu, aby nie przegapić rozpoczęcia transmisji ulubionego kanału.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation>Obserwacje, subskrypcje, Cheery, odbiory nagród za punkty kanału, Hype Traine, ankiety, przewidywania, cele, zbiórki charytatywne i przerwy reklamowe własnego kanału. Twitch prosi o to uprawnienie osobno.</translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation>Dane logowania do Twitch są przechowywane w postaci zaszyfrowanej, a klucz – w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation>&lt;b&gt;Systemowy pęk kluczy był niedostępny&lt;/b&gt;: dane logowania do Twitch są przechowywane bez szyfrowania, w pliku, który może odczytać tylko Twoje konto użytkownika. (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation>Aplikacja Twitch:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the system&apos;s language, by its own name.</extracomment>
        <translation>Domyślny systemowy (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
</context>
<context>
    <name>streamside::ui::StreamerPage</name>
    <message>
        <source>LIVE</source>
        <translation>NA ŻYWO</translation>
    </message>
    <message>
        <source>Loading the player…</source>
        <translation>Ładowanie odtwarzacza…</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>Ładowanie czatu…</translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation>Nie można wyświetlić odtwarzacza</translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation>Nie można wyświetlić czatu</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Odtwarzacz</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln viewer(s)</source>
        <translation>
            <numerusform>%1 · %Ln widz</numerusform>
            <numerusform>%1 · %Ln widzów</numerusform>
            <numerusform>%1 · %Ln widzów</numerusform>
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
        <translation>Otwórz Streamside</translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation>Żaden ulubiony kanał nie nadaje na żywo</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nie przeszkadzać</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Na 1 godzinę</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation>Zakończ Streamside</translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Włączone do %1</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Teraz na żywo</translation>
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
            <numerusform>Streamside: %Ln nieprzeczytane zdarzenie</numerusform>
            <numerusform>Streamside: %Ln nieprzeczytane zdarzenia</numerusform>
            <numerusform>Streamside: %Ln nieprzeczytanych zdarzeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation>Nie można załadować tej strony (%1). Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
</context>
</TS>
