<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppPaths</name>
    <message>
        <source>No folder for Streamside&apos;s data could be determined.</source>
        <translation>Не удалось определить папку для данных Streamside.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation>Вставьте client id вашего приложения Twitch.</translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation>Client id Twitch состоит только из букв и цифр (не более 64), как показано в консоли разработчика Twitch.</translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation>Для входа Streamside нужен client id приложения Twitch. Зарегистрируйте приложение на dev.twitch.tv (тип клиента: Public, URL перенаправления OAuth: %1) и вставьте сюда его client id.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Streamside: a Twitch companion with the live player, chat and the latest events of your favourite channels in one window.</source>
        <translation>Streamside: спутник для Twitch — плеер трансляций, чат и последние события ваших любимых каналов в одном окне.</translation>
    </message>
    <message>
        <source>Run against the built-in Twitch simulator, with a separate profile.</source>
        <translation>Запустить со встроенным симулятором Twitch и отдельным профилем.</translation>
    </message>
    <message>
        <source>Open the channel LOGIN at start.</source>
        <translation>Открыть канал LOGIN при запуске.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>Запустить, не показывая окно.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>Неожиданный аргумент &apos;%1&apos;; см. --help.</translation>
    </message>
    <message>
        <source>--channel: &apos;%1&apos; is not a Twitch login (letters, digits and underscores, at most 25).</source>
        <extracomment>%1 is what was given</extracomment>
        <translation>--channel: &apos;%1&apos; не является логином Twitch (буквы, цифры и подчёркивания, не более 25).</translation>
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
        <translation>Уровень 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Уровень 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Уровень 3</translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation>Анонимный зритель</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation>%1 оформляет подписку</translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation>%1 оформляет подписку: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation>
            <numerusform>%1 продлевает подписку: %Ln месяц</numerusform>
            <numerusform>%1 продлевает подписку: %Ln месяца</numerusform>
            <numerusform>%1 продлевает подписку: %Ln месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation>%1 продлевает подписку</translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation>%1 дарит подписку пользователю %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation>
            <numerusform>%1 дарит сообществу %Ln подписку</numerusform>
            <numerusform>%1 дарит сообществу %Ln подписки</numerusform>
            <numerusform>%1 дарит сообществу %Ln подписок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation>%1 продолжает подарочную подписку от %2</translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation>%1 переходит с подписки Prime на платную</translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation>%1 передаёт дальше подарок от %2</translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation>Подписка %1 закончилась</translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation>
            <numerusform>Рейд от %1: %Ln зритель</numerusform>
            <numerusform>Рейд от %1: %Ln зрителя</numerusform>
            <numerusform>Рейд от %1: %Ln зрителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation>
            <numerusform>Рейд на канал %1: %Ln зритель</numerusform>
            <numerusform>Рейд на канал %1: %Ln зрителя</numerusform>
            <numerusform>Рейд на канал %1: %Ln зрителей</numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation>Рейд отменён</translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation>
            <numerusform>%1 поддерживает канал: %Ln Bit</numerusform>
            <numerusform>%1 поддерживает канал: %Ln Bits</numerusform>
            <numerusform>%1 поддерживает канал: %Ln Bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation>
            <numerusform>%1 использует %Ln Bit</numerusform>
            <numerusform>%1 использует %Ln Bits</numerusform>
            <numerusform>%1 использует %Ln Bits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation>%1 получает значок Bits за %2</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>Объявление от %1</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>Объявление: %1</translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation>%1 жертвует %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation>
            <numerusform>%1 смотрит трансляции подряд: %Ln</numerusform>
            <numerusform>%1 смотрит трансляции подряд: %Ln</numerusform>
            <numerusform>%1 смотрит трансляции подряд: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation>%1 делится серией просмотров</translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation>%1 выделяет сообщение</translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation>%1 использует Power-up</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation>Чат очищен</translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation>Сообщение от %1 удалено</translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation>Настройки чата изменены</translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation>%1 в эфире</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>%1 завершает трансляцию</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation>Новое название: %1</translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation>Новое название: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation>%1 отслеживает канал</translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation>%1 получает награду: %2</translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation>Хайп-трейн запущен</translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation>
            <numerusform>Хайп-трейн достиг уровня %Ln</numerusform>
            <numerusform>Хайп-трейн достиг уровня %Ln</numerusform>
            <numerusform>Хайп-трейн достиг уровня %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation>
            <numerusform>Хайп-трейн завершён на уровне %Ln</numerusform>
            <numerusform>Хайп-трейн завершён на уровне %Ln</numerusform>
            <numerusform>Хайп-трейн завершён на уровне %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>Опрос: %1</translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation>Опрос обновлён: %1</translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation>Опрос завершён: %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>Прогноз: %1</translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation>Прогноз обновлён: %1</translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation>Прогноз закрыт: %1</translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation>Прогноз завершён: %1</translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation>
            <numerusform>Началась рекламная пауза на %Ln секунду</numerusform>
            <numerusform>Началась рекламная пауза на %Ln секунды</numerusform>
            <numerusform>Началась рекламная пауза на %Ln секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation>Цель создана: %1</translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation>Прогресс цели: %1</translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation>Цель завершена: %1</translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation>Началась благотворительная кампания: %1</translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation>Прогресс благотворительной кампании: %1</translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation>Благотворительная кампания завершена: %1</translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation>Рекомендация канала %1</translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation>%1 рекомендует этот канал</translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation>Режим щита включён</translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation>Режим щита выключен</translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation>Общий чат начат</translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation>Общий чат изменён</translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation>Общий чат завершён</translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation>Событие Twitch: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation>Не удаётся запустить Streamside</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln мин назад</numerusform>
            <numerusform>%Ln мин назад</numerusform>
            <numerusform>%Ln мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln ч назад</numerusform>
            <numerusform>%Ln ч назад</numerusform>
            <numerusform>%Ln ч назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The account could not be saved.</source>
        <translation>Не удалось сохранить учётную запись.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Не удалось удалить учётную запись.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Не удаётся создать папку %1 для базы данных.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Не удаётся создать базу данных %1: %2.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>Не удалось проверить базу данных.</translation>
    </message>
    <message>
        <source>The database failed its integrity check (%1).</source>
        <translation>База данных не прошла проверку целостности (%1).</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s version.</source>
        <translation>Не удаётся прочитать версию базы данных.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Streamside (schema %2; this version knows up to %3). Update Streamside.</source>
        <translation>База данных %1 записана более новой версией Streamside (схема %2; эта версия поддерживает схемы до %3). Обновите Streamside.</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1.</source>
        <translation>Не удалось обновить базу данных до версии %1.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>Не удалось обновить базу данных.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be moved aside.</source>
        <translation>База данных %1 повреждена, и её не удаётся сохранить отдельно.</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is now private to you.</source>
        <translation>Файл %1 был доступен для чтения другим пользователям; теперь он доступен только вам.</translation>
    </message>
    <message>
        <source>An event could not be saved.</source>
        <translation>Не удалось сохранить событие.</translation>
    </message>
    <message>
        <source>Old events could not be removed.</source>
        <translation>Не удалось удалить старые события.</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>Не удалось прочитать историю событий.</translation>
    </message>
    <message>
        <source>The favourites could not be read.</source>
        <translation>Не удалось прочитать избранное.</translation>
    </message>
    <message>
        <source>The favourite could not be added.</source>
        <translation>Не удалось добавить канал в избранное.</translation>
    </message>
    <message>
        <source>The favourite could not be removed.</source>
        <translation>Не удалось удалить канал из избранного.</translation>
    </message>
    <message>
        <source>The favourites could not be reordered.</source>
        <translation>Не удалось изменить порядок каналов в избранном.</translation>
    </message>
    <message>
        <source>The channel is not a favourite.</source>
        <translation>Этого канала нет в избранном.</translation>
    </message>
    <message>
        <source>The notification rules could not be saved.</source>
        <translation>Не удалось сохранить правила уведомлений.</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved.</source>
        <translation>Не удалось сохранить настройку %1.</translation>
    </message>
    <message>
        <source>The setting %1 could not be reset.</source>
        <translation>Не удалось сбросить настройку %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what could not be done, %2 why (two sentences; languages that write no space between sentences leave it out)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1).</source>
        <translation>База данных используется другой программой (%1).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; everything saved before is kept.</source>
        <translation>Диск заполнен. Освободите место; всё сохранённое ранее не потеряно.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>Не удаётся записать в базу данных (%1).</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>База данных повреждена (%1).</translation>
    </message>
    <message>
        <source>The database said: %1.</source>
        <extracomment>%1 is the database&apos;s own description of the problem</extracomment>
        <translation>Ответ базы данных: %1.</translation>
    </message>
</context>
<context>
    <name>WebModuleLoader</name>
    <message>
        <source>The web view module could not be loaded (%1).</source>
        <translation>Не удалось загрузить модуль веб-представления (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Сеанс Twitch завершён — войдите снова.</translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation>Не удалось прочитать сохранённые данные входа Twitch — войдите снова.</translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation>Twitch не выдал токен доступа.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Не удалось связаться с Twitch (%1).</translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation>Twitch не принял вход (%1).</translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation>Вход выполнен для другого приложения.</translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation>Это не токен пользователя.</translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>Срок действия кода истёк до подтверждения. Начните заново, чтобы получить новый код.</translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation>Приложение Twitch не настроено: сначала введите client id.</translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation>Twitch дал неожиданный ответ на запрос входа.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation>Twitch отклонил вход.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Не удалось связаться с Twitch (%1).</translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation>Twitch не знает client id этого приложения (%1).</translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation>Twitch отказал во входе (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation>нет сообщений от Twitch в течение %1 с</translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation>Twitch не подтвердил подключение в течение %1 с</translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation>Twitch закрыл соединение: внутренняя ошибка сервера</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation>Twitch закрыл соединение: клиент отправил сообщение</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation>Twitch закрыл соединение: клиент не ответил на ping</translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation>Twitch закрыл соединение: подписка на события не оформлена вовремя</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation>Twitch закрыл соединение: истекло время на переподключение</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation>Twitch закрыл соединение: тайм-аут сети</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation>Twitch закрыл соединение: сетевая ошибка</translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation>Twitch закрыл соединение: недопустимый URL для переподключения</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation>Twitch закрыл соединение (код %1)</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation>Twitch закрыл соединение (код %1: %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>подключение к %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation>двоичный кадр (%1 байт); Twitch отправляет текстовые кадры</translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation>соединение с Twitch потеряно</translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation>соединение с Twitch потеряно (%1)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>подключено</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation>Предыдущий экземпляр Streamside не ответил вовремя.</translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation>Не удалось связаться с предыдущим экземпляром Streamside: %1</translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation>Предыдущий экземпляр Streamside закрылся, не передав управление.</translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation>Предыдущий экземпляр Streamside дал неожиданный ответ.</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation>Не удалось ожидать подключения нового экземпляра: %1</translation>
    </message>
</context>
<context>
    <name>streamside::HelixClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Нет ответа в течение %n секунды</numerusform>
            <numerusform>Нет ответа в течение %n секунд</numerusform>
            <numerusform>Нет ответа в течение %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::KeychainKeyStore</name>
    <message>
        <source>The key in the keychain has the wrong size.</source>
        <translation>Ключ в хранилище ключей имеет неверный размер.</translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>Браузер не ответил в течение %n минуты. Начните вход заново.</numerusform>
            <numerusform>Браузер не ответил в течение %n минут. Начните вход заново.</numerusform>
            <numerusform>Браузер не ответил в течение %n минут. Начните вход заново.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation>Приложение Twitch не настроено, поэтому войти некуда. Укажите в STREAMSIDE_CLIENT_ID client id зарегистрированного приложения.</translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation>Streamside не удалось открыть браузер. Чтобы продолжить, скопируйте ссылку для входа в браузер.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation>Выберите другой порт с помощью переменной среды STREAMSIDE_REDIRECT_PORT. Twitch возвращает данные входа только на адрес, зарегистрированный для приложения, поэтому http://localhost:&lt;port&gt; с новым портом тоже нужно там зарегистрировать.</translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation>Не настроен порт для получения данных входа из браузера.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation>Порт %1 на этом компьютере уже занят другой программой, поэтому Streamside не может получить данные входа из браузера. Закройте эту программу и повторите попытку.</translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation>Streamside не может получить данные входа из браузера через порт %1: %2.</translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation>Это не запрос входа</translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation>По этому адресу Streamside отвечает только на перенаправление при входе.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Неверный адрес</translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation>Этот адрес не относится ко входу в Streamside.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Запрещено</translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation>Это может отправлять только страница входа самого Streamside.</translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation>Этот вход уже завершён</translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation>Streamside больше не ожидает входа. Эту вкладку можно закрыть; чтобы войти, начните заново в Streamside.</translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation>Вход в Streamside</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>Завершение входа…</translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation>Streamside не ответил. Начните вход заново в Streamside.</translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation>Включите JavaScript для этой страницы, чтобы завершить вход в Streamside.</translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation>Это не ответ на вход</translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation>Это не ответ от Twitch.</translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation>Этот ответ Twitch относится к другой попытке входа. Используйте самую новую вкладку входа или начните вход заново в Streamside.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>Не тот вход</translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation>Вход отменён - Streamside</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Вход отменён</translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation>Вход в Streamside не выполнен. Эту вкладку можно закрыть.</translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation>Вы отменили вход на Twitch.</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch отказал во входе: %1</translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation>Ошибка входа - Streamside</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Ошибка входа</translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation>В этом ответе Twitch нет токена.</translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation>Вход выполнен - Streamside</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation>Вы вошли в Streamside. Эту вкладку можно закрыть.</translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 в эфире</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>
            <numerusform>%n новое событие на канале %1</numerusform>
            <numerusform>%n новых события на канале %1</numerusform>
            <numerusform>%n новых событий на канале %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::OAuthClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Нет ответа в течение %n секунды</numerusform>
            <numerusform>Нет ответа в течение %n секунд</numerusform>
            <numerusform>Нет ответа в течение %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation>Вы заблокированы в чате этого канала, поэтому события чата больше не поступают.</translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation>Доступ Streamside к вашему аккаунту Twitch отозван, поэтому эти события больше не поступают. Войдите снова, чтобы вернуть их.</translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation>Этот аккаунт Twitch закрыт или заблокирован, поэтому его события больше не поступают.</translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation>Twitch больше не предоставляет этот тип событий в том виде, в каком их запрашивает Streamside. Обновление Streamside вернёт их.</translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation>Вы больше не модератор этого канала, поэтому события для модераторов (отслеживания, рекомендации) больше не поступают.</translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation>Twitch перестал отправлять эти события (%1).</translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation>Twitch постоянно просил Streamside снизить частоту запросов.</translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation>Достигнут лимит Twitch на подписки на события.</translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation>Twitch ответил некорректно (%1).</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation>Некоторые события этого канала недоступны: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation>Добавить в избранное</translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation>Название канала или логин</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>Канал для добавления</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>Найденные каналы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation>%1 — в эфире: %2</translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation>Каналы по запросу «%1» не найдены.</translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation>Не удалось выполнить поиск на Twitch: %1</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation>«%1» — не логин Twitch: логины состоят только из букв, цифр и подчёркиваний.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation>Канал Twitch с именем %1 не найден.</translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation>Не удалось отправить запрос в Twitch: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation>Запуск Streamside…</translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation>Открытие профиля.</translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation>Не удалось запустить симулятор Twitch для демо-режима: %1</translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation>Streamside не может открыть свои данные</translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation>Данные повреждены</translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation>База данных Streamside была повреждена и сохранена отдельно как %1. Создана новая база: войдите и снова добавьте каналы в избранное.</translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation>События в реальном времени подключены</translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation>Подключение к Twitch…</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>Переподключение: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Нет связи: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Вы вышли из аккаунта.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation>Проверка сеанса Twitch.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Запуск при входе в систему</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Вход выполнен как %1</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>В избранном пока пусто</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>Выберите канал</translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation>Нажмите Ctrl+N или +, чтобы добавить каналы, которые вы смотрите.</translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation>Выберите канал из избранного слева.</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>Нет связи: вход не выполнен</translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Сеанс Twitch завершён — войдите снова.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation>Канал Twitch с именем %1 не найден</translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation>Проверьте написание или выберите канал из избранного.</translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation>Не удалось открыть канал</translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation>Канал не добавлен в избранное</translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation>Канал не удалён из избранного</translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation>Уведомления не изменены</translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation>Twitch не опубликовал сообщение: %1</translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation>Вы отправляете сообщения слишком часто. Подождите немного и повторите попытку.</translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation>Вы не можете писать в чат этого канала (возможно, вы заблокированы или временно отстранены).</translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation>Не удалось связаться с Twitch; сообщение не отправлено.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Сообщение не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation>Новый экземпляр Streamside не был готов вовремя.</translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation>Окно снова показано.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Не удалось запустить %1.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::ChatBox</name>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Сообщение в чат</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>Отправить сообщение в чат</translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation>Отправить сообщение в чат %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation>Нет системного трея</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation>В этой среде рабочего стола нет системного трея, поэтому при закрытии окна Streamside завершит работу, а не продолжит работать в фоне.</translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation>Streamside продолжает работать</translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation>Streamside продолжает работать в системном трее и сообщит, когда каналы из избранного начнут трансляцию. Чтобы завершить работу, выберите «Выход» в меню трея.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Больше не показывать</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation>Демо-режим хранит токены симулятора в своём профиле без шифрования.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation>Последние события</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Событий пока нет</translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation>Подписки, подарочные подписки, рейды, поддержка Bits, объявления, начало трансляций и смена названия появляются здесь сразу же. Отслеживания и получение наград за баллы канала видны только владельцу канала, поэтому они отображаются только для вашего собственного канала.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation>Уведомления: %1</translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>Когда %1 начинает &amp;трансляцию</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation>События с уведомлениями</translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation>Пока канал %1 открыт в Streamside, а окно не на переднем плане, об этих событиях показываются уведомления.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Все</translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation>Уведомлять обо всех событиях</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ничего</translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation>Не уведомлять о событиях</translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation>Новые подписки</translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation>Продления подписок</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Подарочные подписки</translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation>Подарки сообществу</translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation>Продолженные подарочные подписки</translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation>Продолженные подписки Prime</translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation>Подарки, переданные дальше</translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation>Рейды на канал</translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation>Рейды канала</translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation>Отменённые рейды</translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation>Поддержка Bits</translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation>Новые значки Bits</translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation>Power-ups</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Объявления</translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation>Выделенные сообщения</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>Благотворительные пожертвования</translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation>Серии просмотров</translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation>Трансляция завершена</translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation>Смена названия или категории</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation>Добавить в избранное (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation>Добавить в избранное</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>У&amp;ведомления…</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>&amp;Удалить из избранного</translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation>Избранное пусто</translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation>Нажмите +, чтобы добавить каналы, которые вы смотрите.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation>Авторизация Streamside</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation>Оповещения об эфирах</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation>Оповещение об эфире</translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation>Оповещения об эфирах каналов из избранного</translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation>Войдите, чтобы увидеть, как Streamside узнаёт о начале трансляций каналов из избранного.</translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation>В избранном пока пусто. Добавьте каналы, которые вы смотрите (Ctrl+N), чтобы получать оповещения о начале их трансляций.</translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation>Twitch допускает общую стоимость подписок на события не более %1 на пользователя, включая открытый канал: первые каналы в вашем списке избранного получают мгновенные оповещения, остальные проверяются раз в минуту. Чтобы выбрать, перетаскивайте каналы на боковой панели.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation>Каналы с мгновенными оповещениями: %1 из %2. Стоимость подписок: %3 из %4.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation>Каналы с мгновенными оповещениями: %1 из %2. Стоимость подписок: %3 из %4; открытый канал использует %5.</translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation>Мгновенно (EventSub)</translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation>Twitch сообщает Streamside о начале трансляции этого канала сразу же.</translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation>Проверка раз в минуту</translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation>Предназначен для мгновенного оповещения, но проверяется раз в минуту, пока Twitch не примет подписку.</translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation>Сверх лимита Twitch на стоимость подписок: Streamside раз в минуту спрашивает у Twitch, идёт ли трансляция на этом канале.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation>Не удалось открыть браузер. Откройте ссылку вручную.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation>Подключение Streamside к Twitch</translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation>Streamside нужен client id приложения, зарегистрированного в Twitch. Зарегистрируйте приложение в консоли разработчика Twitch с URL перенаправления OAuth &lt;b&gt;http://localhost:17563&lt;/b&gt; и типом клиента &lt;b&gt;Public&lt;/b&gt;, затем вставьте сюда его client id.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation>Client id Twitch</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Сохранить и продолжить</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Попробовать демо-режим</translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation>Войти через Twitch</translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation>Streamside откроет Twitch в браузере, чтобы запросить разрешение. Ваш пароль Streamside не видит.</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>Войти с помощью кода</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Попробовать демо-режим</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Продолжите в браузере</translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation>Ссылка для авторизации</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation>Авторизоваться в приложении</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation>Вход с помощью кода</translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation>На любом устройстве откройте ссылку ниже, войдите в Twitch и введите этот код:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Код для ввода</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>Ссылка для подтверждения</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation>Twitch открыт в браузере. Авторизуйте там Streamside; это окно продолжит работу автоматически.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation>Не удалось открыть браузер. Откройте эту ссылку в браузере вручную; это окно продолжит работу автоматически.</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>Код действует до %1.</translation>
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
        <translation>В избранном пока пусто</translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation>Здесь появятся ваши избранные стримеры: плеер трансляции, чат и последние события канала — рядом друг с другом.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation>Подключение к Twitch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation>&amp;Добавить в избранное…</translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation>&amp;Удалить из избранного</translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation>Уведомления &amp;канала…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>Выйти из &amp;аккаунта</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation>&amp;Следующий канал</translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation>&amp;Предыдущий канал</translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation>Перейти к полю &amp;чата</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>Показать с&amp;обытия</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation>&amp;О программе Streamside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation>О программе Streamside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;Нативное настольное приложение-компаньон для Twitch: плеер трансляции, чат и последние события избранных каналов в одном окне.&lt;/p&gt;&lt;p&gt;Свободное ПО под лицензией MIT. Не связано с Twitch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>The demo&apos;s window title; the desktop shows it as &quot;Demo — Streamside&quot;</extracomment>
        <translation>Демо</translation>
    </message>
</context>
<context>
    <name>streamside::ui::SettingsDialog</name>
    <message>
        <source>Full events for my own channel</source>
        <translation>Все события моего канала</translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation>Запускать Streamside при входе в систему</translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation>Запускается в трее (или свёрнутым) при входе в систему, чтобы вы не пропустили начало трансляции канала из избранного.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation>Отслеживания, подписки, поддержка Bits, получение наград за баллы канала, хайп-трейны, опросы, прогнозы, цели, благотворительность и рекламные паузы вашего собственного канала. Twitch запрашивает это разрешение отдельно.</translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation>Данные входа Twitch хранятся в зашифрованном виде, ключ — в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation>&lt;b&gt;Системное хранилище ключей недоступно&lt;/b&gt;: данные входа Twitch хранятся без шифрования в файле, доступном для чтения только вашей учётной записи. (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation>Приложение Twitch:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the system&apos;s language, by its own name.</extracomment>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>streamside::ui::StreamerPage</name>
    <message>
        <source>LIVE</source>
        <translation>В ЭФИРЕ</translation>
    </message>
    <message>
        <source>Loading the player…</source>
        <translation>Загрузка плеера…</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>Загрузка чата…</translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation>Не удаётся показать плеер</translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation>Не удаётся показать чат</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Плеер</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln viewer(s)</source>
        <translation>
            <numerusform>%1 · %Ln зритель</numerusform>
            <numerusform>%1 · %Ln зрителя</numerusform>
            <numerusform>%1 · %Ln зрителей</numerusform>
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
        <translation>Открыть Streamside</translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation>Никто из избранного не в эфире</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>На 1 час</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation>Выйти из Streamside</translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Включено до %1</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Сейчас в эфире</translation>
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
            <numerusform>Streamside: %Ln непрочитанное событие</numerusform>
            <numerusform>Streamside: %Ln непрочитанных события</numerusform>
            <numerusform>Streamside: %Ln непрочитанных событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation>Не удалось загрузить страницу (%1). Проверьте подключение и повторите попытку.</translation>
    </message>
</context>
</TS>
