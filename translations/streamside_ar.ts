<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AppPaths</name>
    <message>
        <source>No folder for Streamside&apos;s data could be determined.</source>
        <translation>تعذّر تحديد مجلد لبيانات Streamside.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation>الصق معرّف العميل (client id) لتطبيق Twitch الخاص بك.</translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation>يتكوّن معرّف العميل (client id) في Twitch من حروف وأرقام فقط (حتى 64)، كما يظهر في وحدة تحكم المطورين في Twitch.</translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation>يحتاج Streamside إلى معرّف العميل (client id) لتطبيق Twitch لتسجيل الدخول. سجّل تطبيقًا في dev.twitch.tv (نوع العميل: Public، وعنوان إعادة توجيه OAuth هو %1) ثم الصق معرّف العميل الخاص به هنا.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Streamside: a Twitch companion with the live player, chat and the latest events of your favourite channels in one window.</source>
        <translation>Streamside: رفيق لـ Twitch يجمع المشغّل المباشر والدردشة وأحدث أحداث قنواتك المفضلة في نافذة واحدة.</translation>
    </message>
    <message>
        <source>Run against the built-in Twitch simulator, with a separate profile.</source>
        <translation>التشغيل مع محاكي Twitch المدمج، بملف تعريف منفصل.</translation>
    </message>
    <message>
        <source>Open the channel LOGIN at start.</source>
        <translation>فتح القناة LOGIN عند البدء.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>البدء دون إظهار النافذة.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>وسيط غير متوقع &apos;%1&apos;؛ راجع --help.</translation>
    </message>
    <message>
        <source>--channel: &apos;%1&apos; is not a Twitch login (letters, digits and underscores, at most 25).</source>
        <extracomment>%1 is what was given</extracomment>
        <translation>--channel: &apos;%1&apos; ليس اسم دخول صالحًا في Twitch (أحرف وأرقام وشرطات سفلية، 25 حرفًا على الأكثر).</translation>
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
        <translation>المستوى 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>المستوى 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>المستوى 3</translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation>مشاهد مجهول</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation>اشترك %1</translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation>اشترك %1 بـ %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation>
            <numerusform>جدّد %1 اشتراكه لمدة %Ln شهر</numerusform>
            <numerusform>جدّد %1 اشتراكه لمدة %Ln شهر</numerusform>
            <numerusform>جدّد %1 اشتراكه لمدة %Ln شهرين</numerusform>
            <numerusform>جدّد %1 اشتراكه لمدة %Ln أشهر</numerusform>
            <numerusform>جدّد %1 اشتراكه لمدة %Ln شهرًا</numerusform>
            <numerusform>جدّد %1 اشتراكه لمدة %Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation>جدّد %1 اشتراكه</translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation>أهدى %1 اشتراكًا إلى %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation>
            <numerusform>أهدى %1 ‏%Ln اشتراك للمجتمع</numerusform>
            <numerusform>أهدى %1 ‏%Ln اشتراك للمجتمع</numerusform>
            <numerusform>أهدى %1 ‏%Ln اشتراكين للمجتمع</numerusform>
            <numerusform>أهدى %1 ‏%Ln اشتراكات للمجتمع</numerusform>
            <numerusform>أهدى %1 ‏%Ln اشتراكًا للمجتمع</numerusform>
            <numerusform>أهدى %1 ‏%Ln اشتراك للمجتمع</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation>يواصل %1 الاشتراك المُهدى من %2</translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation>رقّى %1 اشتراك Prime الخاص به</translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation>يردّ %1 جميل الهدية من %2 بإهداء غيره</translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation>انتهى اشتراك %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation>
            <numerusform>شنّ %1 غارة مع %Ln مشاهد</numerusform>
            <numerusform>شنّ %1 غارة مع %Ln مشاهد</numerusform>
            <numerusform>شنّ %1 غارة مع %Ln مشاهدَين</numerusform>
            <numerusform>شنّ %1 غارة مع %Ln مشاهدين</numerusform>
            <numerusform>شنّ %1 غارة مع %Ln مشاهدًا</numerusform>
            <numerusform>شنّ %1 غارة مع %Ln مشاهد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation>
            <numerusform>غارة على %1 مع %Ln مشاهد</numerusform>
            <numerusform>غارة على %1 مع %Ln مشاهد</numerusform>
            <numerusform>غارة على %1 مع %Ln مشاهدَين</numerusform>
            <numerusform>غارة على %1 مع %Ln مشاهدين</numerusform>
            <numerusform>غارة على %1 مع %Ln مشاهدًا</numerusform>
            <numerusform>غارة على %1 مع %Ln مشاهد</numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation>أُلغيت الغارة</translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation>
            <numerusform>شجّع %1 بـ %Ln بت</numerusform>
            <numerusform>شجّع %1 بـ %Ln بت</numerusform>
            <numerusform>شجّع %1 بـ %Ln بت</numerusform>
            <numerusform>شجّع %1 بـ %Ln بت</numerusform>
            <numerusform>شجّع %1 بـ %Ln بت</numerusform>
            <numerusform>شجّع %1 بـ %Ln بت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation>
            <numerusform>استخدم %1 ‏%Ln بت</numerusform>
            <numerusform>استخدم %1 ‏%Ln بت</numerusform>
            <numerusform>استخدم %1 ‏%Ln بت</numerusform>
            <numerusform>استخدم %1 ‏%Ln بت</numerusform>
            <numerusform>استخدم %1 ‏%Ln بت</numerusform>
            <numerusform>استخدم %1 ‏%Ln بت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation>فتح %1 شارة %2 بت</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>إعلان من %1</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>إعلان: %1</translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation>تبرّع %1 بمبلغ %2 لصالح %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation>
            <numerusform>شاهد %1 ‏%Ln بث على التوالي</numerusform>
            <numerusform>شاهد %1 ‏%Ln بث على التوالي</numerusform>
            <numerusform>شاهد %1 ‏%Ln بثّين على التوالي</numerusform>
            <numerusform>شاهد %1 ‏%Ln بثوث على التوالي</numerusform>
            <numerusform>شاهد %1 ‏%Ln بثًّا على التوالي</numerusform>
            <numerusform>شاهد %1 ‏%Ln بث على التوالي</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation>شارك %1 سلسلة مشاهدة</translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation>أبرز %1 رسالة</translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation>استخدم %1 Power-up</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation>مُسحت الدردشة</translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation>حُذفت رسالة من %1</translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation>تغيّرت إعدادات الدردشة</translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation>بدأ %1 البث المباشر</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>أنهى %1 البث</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation>عنوان جديد: %1</translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation>عنوان جديد: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation>تابع %1 القناة</translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation>استبدل %1 ‏%2</translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation>بدأ قطار الحماس</translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation>
            <numerusform>وصل قطار الحماس إلى المستوى %Ln</numerusform>
            <numerusform>وصل قطار الحماس إلى المستوى %Ln</numerusform>
            <numerusform>وصل قطار الحماس إلى المستوى %Ln</numerusform>
            <numerusform>وصل قطار الحماس إلى المستوى %Ln</numerusform>
            <numerusform>وصل قطار الحماس إلى المستوى %Ln</numerusform>
            <numerusform>وصل قطار الحماس إلى المستوى %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation>
            <numerusform>انتهى قطار الحماس عند المستوى %Ln</numerusform>
            <numerusform>انتهى قطار الحماس عند المستوى %Ln</numerusform>
            <numerusform>انتهى قطار الحماس عند المستوى %Ln</numerusform>
            <numerusform>انتهى قطار الحماس عند المستوى %Ln</numerusform>
            <numerusform>انتهى قطار الحماس عند المستوى %Ln</numerusform>
            <numerusform>انتهى قطار الحماس عند المستوى %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>استطلاع: %1</translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation>تحديث الاستطلاع: %1</translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation>انتهى الاستطلاع: %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>توقّع: %1</translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation>تحديث التوقّع: %1</translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation>قُفل التوقّع: %1</translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation>انتهى التوقّع: %1</translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation>
            <numerusform>بدأ فاصل إعلاني مدته %Ln ثانية</numerusform>
            <numerusform>بدأ فاصل إعلاني مدته %Ln ثانية</numerusform>
            <numerusform>بدأ فاصل إعلاني مدته %Ln ثانيتين</numerusform>
            <numerusform>بدأ فاصل إعلاني مدته %Ln ثوانٍ</numerusform>
            <numerusform>بدأ فاصل إعلاني مدته %Ln ثانية</numerusform>
            <numerusform>بدأ فاصل إعلاني مدته %Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation>بدأ الهدف: %1</translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation>تقدّم الهدف: %1</translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation>انتهى الهدف: %1</translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation>بدأت حملة خيرية لصالح %1</translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation>تقدّمت الحملة الخيرية لصالح %1</translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation>انتهت الحملة الخيرية لصالح %1</translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation>إشادة بـ %1</translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation>أشاد %1 بهذه القناة</translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation>وضع الحماية مفعّل</translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation>وضع الحماية متوقف</translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation>بدأت دردشة مشتركة</translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation>تغيّرت الدردشة المشتركة</translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation>انتهت الدردشة المشتركة</translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation>حدث Twitch: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation>يتعذّر تشغيل Streamside</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation>
            <numerusform>قبل %Ln د</numerusform>
            <numerusform>قبل %Ln د</numerusform>
            <numerusform>قبل %Ln د</numerusform>
            <numerusform>قبل %Ln د</numerusform>
            <numerusform>قبل %Ln د</numerusform>
            <numerusform>قبل %Ln د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation>
            <numerusform>قبل %Ln س</numerusform>
            <numerusform>قبل %Ln س</numerusform>
            <numerusform>قبل %Ln س</numerusform>
            <numerusform>قبل %Ln س</numerusform>
            <numerusform>قبل %Ln س</numerusform>
            <numerusform>قبل %Ln س</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The account could not be saved.</source>
        <translation>تعذّر حفظ الحساب.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>تعذّرت إزالة الحساب.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>تعذّر إنشاء المجلد %1 لقاعدة البيانات.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>تعذّر إنشاء قاعدة البيانات %1: %2.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>تعذّر فحص قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database failed its integrity check (%1).</source>
        <translation>فشلت قاعدة البيانات في فحص السلامة (%1).</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s version.</source>
        <translation>تعذّرت قراءة إصدار قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Streamside (schema %2; this version knows up to %3). Update Streamside.</source>
        <translation>كُتبت قاعدة البيانات %1 بإصدار أحدث من Streamside (المخطط %2؛ يعرف هذا الإصدار المخططات حتى %3). حدّث Streamside.</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1.</source>
        <translation>تعذّر تحديث قاعدة البيانات إلى الإصدار %1.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>تعذّر تحديث قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be moved aside.</source>
        <translation>قاعدة البيانات %1 تالفة ولا يمكن تنحيتها جانبًا.</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is now private to you.</source>
        <translation>كان %1 قابلًا للقراءة من قِبل مستخدمين آخرين؛ وأصبح الآن خاصًا بك.</translation>
    </message>
    <message>
        <source>An event could not be saved.</source>
        <translation>تعذّر حفظ حدث.</translation>
    </message>
    <message>
        <source>Old events could not be removed.</source>
        <translation>تعذّرت إزالة الأحداث القديمة.</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>تعذّرت قراءة سجل الأحداث.</translation>
    </message>
    <message>
        <source>The favourites could not be read.</source>
        <translation>تعذّرت قراءة المفضّلات.</translation>
    </message>
    <message>
        <source>The favourite could not be added.</source>
        <translation>تعذّرت إضافة المفضّلة.</translation>
    </message>
    <message>
        <source>The favourite could not be removed.</source>
        <translation>تعذّرت إزالة المفضّلة.</translation>
    </message>
    <message>
        <source>The favourites could not be reordered.</source>
        <translation>تعذّرت إعادة ترتيب المفضّلات.</translation>
    </message>
    <message>
        <source>The channel is not a favourite.</source>
        <translation>القناة ليست مفضّلة.</translation>
    </message>
    <message>
        <source>The notification rules could not be saved.</source>
        <translation>تعذّر حفظ قواعد الإشعارات.</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved.</source>
        <translation>تعذّر حفظ الإعداد %1.</translation>
    </message>
    <message>
        <source>The setting %1 could not be reset.</source>
        <translation>تعذّرت إعادة تعيين الإعداد %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what could not be done, %2 why (two sentences; languages that write no space between sentences leave it out)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1).</source>
        <translation>قاعدة البيانات قيد الاستخدام من قِبل برنامج آخر (%1).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; everything saved before is kept.</source>
        <translation>القرص ممتلئ. حرّر بعض المساحة؛ يُحتفظ بكل ما حُفظ من قبل.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>تتعذّر الكتابة في قاعدة البيانات (%1).</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>قاعدة البيانات تالفة (%1).</translation>
    </message>
    <message>
        <source>The database said: %1.</source>
        <extracomment>%1 is the database&apos;s own description of the problem</extracomment>
        <translation>أفادت قاعدة البيانات: %1.</translation>
    </message>
</context>
<context>
    <name>WebModuleLoader</name>
    <message>
        <source>The web view module could not be loaded (%1).</source>
        <translation>تعذّر تحميل وحدة عرض الويب (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>انتهت جلستك في Twitch — سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation>تعذّرت قراءة بيانات دخولك المحفوظة إلى Twitch — سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation>لم يقدّم Twitch رمز وصول.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>تعذّر الوصول إلى Twitch ‏(%1).</translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation>لم يقبل Twitch تسجيل الدخول (%1).</translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation>تمّ تسجيل الدخول لتطبيق آخر.</translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation>هذا الرمز ليس رمز مستخدم.</translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>انتهت صلاحية الرمز قبل الموافقة عليه. ابدأ من جديد للحصول على رمز جديد.</translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation>لم يُضبط أي تطبيق Twitch: أدخل معرّف العميل (client id) أولًا.</translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation>ردّ Twitch على طلب تسجيل الدخول بطريقة غير متوقعة.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>أُلغي تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation>رُفض تسجيل الدخول لدى Twitch.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>تعذّر الوصول إلى Twitch ‏(%1).</translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation>لا يعرف Twitch معرّف العميل (client id) لهذا التطبيق (%1).</translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation>رفض Twitch تسجيل الدخول (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation>لا رسائل من Twitch منذ %1 ث</translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation>لم يرحّب Twitch بالاتصال خلال %1 ث</translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation>أغلق Twitch الاتصال: خطأ داخلي في الخادم</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation>أغلق Twitch الاتصال: أرسل العميل رسالة</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation>أغلق Twitch الاتصال: لم يردّ العميل على نداء ping</translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation>أغلق Twitch الاتصال: لم يُنشأ أي اشتراك في الوقت المحدد</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation>أغلق Twitch الاتصال: انتهت مهلة إعادة الاتصال</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation>أغلق Twitch الاتصال: انتهت مهلة الشبكة</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation>أغلق Twitch الاتصال: خطأ في الشبكة</translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation>أغلق Twitch الاتصال: عنوان URL لإعادة الاتصال غير صالح</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation>أغلق Twitch الاتصال (الرمز %1)</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation>أغلق Twitch الاتصال (الرمز %1: %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>جارٍ الاتصال بـ %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation>إطار ثنائي (%1 بايت)؛ يرسل Twitch إطارات نصية</translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation>انقطع الاتصال بـ Twitch</translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation>انقطع الاتصال بـ Twitch ‏(%1)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation>لم تستجب نسخة Streamside السابقة في الوقت المحدد.</translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation>تعذّر الوصول إلى نسخة Streamside السابقة: %1</translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation>أُغلقت نسخة Streamside السابقة دون تسليم.</translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation>ردّت نسخة Streamside السابقة بشيء غير متوقع.</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation>تعذّر انتظار نسخة لاحقة: %1</translation>
    </message>
</context>
<context>
    <name>streamside::HelixClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>لا رد خلال %n ثانية</numerusform>
            <numerusform>لا رد خلال %n ثانية</numerusform>
            <numerusform>لا رد خلال %n ثانيتين</numerusform>
            <numerusform>لا رد خلال %n ثوانٍ</numerusform>
            <numerusform>لا رد خلال %n ثانيةً</numerusform>
            <numerusform>لا رد خلال %n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::KeychainKeyStore</name>
    <message>
        <source>The key in the keychain has the wrong size.</source>
        <translation>حجم المفتاح في سلسلة المفاتيح غير صحيح.</translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>لم يصل أي رد من متصفحك خلال %n دقيقة. ابدأ تسجيل الدخول مجددًا.</numerusform>
            <numerusform>لم يصل أي رد من متصفحك خلال %n دقيقة. ابدأ تسجيل الدخول مجددًا.</numerusform>
            <numerusform>لم يصل أي رد من متصفحك خلال %n دقيقتين. ابدأ تسجيل الدخول مجددًا.</numerusform>
            <numerusform>لم يصل أي رد من متصفحك خلال %n دقائق. ابدأ تسجيل الدخول مجددًا.</numerusform>
            <numerusform>لم يصل أي رد من متصفحك خلال %n دقيقة. ابدأ تسجيل الدخول مجددًا.</numerusform>
            <numerusform>لم يصل أي رد من متصفحك خلال %n دقيقة. ابدأ تسجيل الدخول مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation>لم يُضبط أي تطبيق Twitch، لذا لا يمكن تسجيل الدخول. اضبط STREAMSIDE_CLIENT_ID على معرّف العميل (client id) لتطبيق مسجَّل.</translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation>تعذّر على Streamside فتح متصفح الويب. انسخ رابط تسجيل الدخول إلى متصفحك للمتابعة.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>أُلغي تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation>اختر منفذًا آخر باستخدام متغير البيئة STREAMSIDE_REDIRECT_PORT. لا يعيد Twitch تسجيل الدخول إلا إلى عنوان مسجَّل للتطبيق، لذا يجب تسجيل http://localhost:&lt;port&gt; بالمنفذ الجديد هناك أيضًا.</translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation>لم يُضبط أي منفذ لاستقبال تسجيل الدخول من متصفحك.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation>المنفذ %1 على هذا الحاسوب مستخدم بالفعل من برنامج آخر، لذا لا يستطيع Streamside استقبال تسجيل الدخول من متصفحك. أغلق ذلك البرنامج وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation>لا يستطيع Streamside استقبال تسجيل الدخول من متصفحك على المنفذ %1: %2.</translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation>ليس طلب تسجيل دخول</translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation>لا يستجيب Streamside هنا إلا لإعادة توجيه تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>عنوان خاطئ</translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation>هذا العنوان لا يخص تسجيل الدخول إلى Streamside.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation>لا يحق إرسال هذا إلا لصفحة تسجيل الدخول الخاصة بـ Streamside.</translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation>انتهى تسجيل الدخول هذا</translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation>لم يعد Streamside ينتظر تسجيل دخول. يمكنك إغلاق علامة التبويب هذه؛ ولتسجيل الدخول ابدأ من جديد من Streamside.</translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation>جارٍ تسجيل الدخول إلى Streamside</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>جارٍ إكمال تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation>لم يستجب Streamside. ابدأ تسجيل الدخول مجددًا من Streamside.</translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation>فعّل JavaScript لهذه الصفحة لإكمال تسجيل الدخول إلى Streamside.</translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation>ليس ردًّا على تسجيل الدخول</translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation>هذا ليس ردًّا من Twitch.</translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation>ينتمي هذا الرد من Twitch إلى محاولة تسجيل دخول أخرى. استخدم أحدث علامة تبويب لتسجيل الدخول، أو ابدأ تسجيل الدخول مجددًا من Streamside.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>ليس تسجيل الدخول هذا</translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation>أُلغي تسجيل الدخول - Streamside</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>أُلغي تسجيل الدخول</translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation>لم تسجّل الدخول إلى Streamside. يمكنك إغلاق علامة التبويب هذه.</translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation>ألغيت تسجيل الدخول لدى Twitch.</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>رفض Twitch تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation>فشل تسجيل الدخول - Streamside</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation>لا يحتوي هذا الرد من Twitch على رمز.</translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation>تم تسجيل الدخول - Streamside</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation>سجّلت الدخول إلى Streamside. يمكنك إغلاق علامة التبويب هذه.</translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 يبث مباشرة الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>
            <numerusform>%n حدث جديد في قناة %1</numerusform>
            <numerusform>%n حدث جديد في قناة %1</numerusform>
            <numerusform>%n حدثان جديدان في قناة %1</numerusform>
            <numerusform>%n أحداث جديدة في قناة %1</numerusform>
            <numerusform>%n حدثًا جديدًا في قناة %1</numerusform>
            <numerusform>%n حدث جديد في قناة %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::OAuthClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>لا رد خلال %n ثانية</numerusform>
            <numerusform>لا رد خلال %n ثانية</numerusform>
            <numerusform>لا رد خلال %n ثانيتين</numerusform>
            <numerusform>لا رد خلال %n ثوانٍ</numerusform>
            <numerusform>لا رد خلال %n ثانيةً</numerusform>
            <numerusform>لا رد خلال %n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation>أنت محظور من دردشة هذه القناة، لذا توقفت أحداث الدردشة الخاصة بها.</translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation>سُحب وصول Streamside إلى حسابك في Twitch، لذا توقفت هذه الأحداث. سجّل الدخول مجددًا لاستعادتها.</translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation>أُغلق حساب Twitch هذا أو عُلّق، لذا توقفت أحداثه.</translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation>لم يعد Twitch يوفّر هذا النوع من الأحداث بالصيغة التي يطلبها Streamside. سيعيده تحديث لـ Streamside.</translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation>لم تعد مشرفًا في هذه القناة، لذا توقفت أحداث الإشراف الخاصة بها (المتابعات والإشادات).</translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation>توقف Twitch عن إرسال هذه الأحداث (%1).</translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation>ظلّ Twitch يطلب من Streamside الإبطاء.</translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation>بُلغ حدّ Twitch لاشتراكات الأحداث.</translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation>لم يستجب Twitch بشكل صحيح (%1).</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>غير مصرّح</translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation>بعض أحداث هذه القناة غير متاحة: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation>إضافة مفضّلة</translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation>اسم القناة أو اسم الدخول</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>القناة المراد إضافتها</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>القنوات المطابقة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation>%1 — مباشر: %2</translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation>لا توجد قناة تطابق «%1».</translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation>تعذّر البحث في Twitch: %1</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation>«%1» ليس اسم دخول في Twitch: تتكون أسماء الدخول من حروف وأرقام وشرطات سفلية فقط.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation>لا توجد قناة Twitch باسم %1.</translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation>تعذّر الاستعلام من Twitch: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation>جارٍ تشغيل Streamside…</translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation>جارٍ فتح ملفك الشخصي.</translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation>تعذّر تشغيل محاكي Twitch الخاص بالعرض التجريبي: %1</translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation>يتعذّر على Streamside فتح بياناته</translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation>كانت بياناتك تالفة</translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation>كانت قاعدة بيانات Streamside تالفة ونُحّيت جانبًا باسم %1. أُنشئت قاعدة جديدة: سجّل الدخول وأضف مفضّلاتك مجددًا.</translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation>الأحداث المباشرة متصلة</translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation>جارٍ الاتصال بـ Twitch…</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>جارٍ إعادة الاتصال: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>غير متصل: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>لقد سجّلت الخروج.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation>جارٍ التحقق من جلستك في Twitch.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>التشغيل عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>مسجّل الدخول باسم %1</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>لا توجد مفضّلات بعد</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>اختر قناة</translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation>اضغط Ctrl+N أو + لإضافة القنوات التي تشاهدها.</translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation>اختر إحدى مفضّلاتك من القائمة الجانبية.</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>غير متصل: لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>انتهت جلستك في Twitch — سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation>لا توجد قناة Twitch باسم %1</translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation>تحقّق من الإملاء، أو اختر إحدى مفضّلاتك.</translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation>تعذّر فتح القناة</translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation>لم تُضف المفضّلة</translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation>لم تُزل المفضّلة</translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation>لم تُغيَّر الإشعارات</translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation>لم ينشر Twitch الرسالة: %1</translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation>أنت ترسل الرسائل بسرعة كبيرة. انتظر قليلًا ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation>لا يمكنك الدردشة في هذه القناة (ربما أنت محظور أو موقوف مؤقتًا).</translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation>تعذّر الوصول إلى Twitch؛ لم تُرسَل الرسالة.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>لم تُرسَل الرسالة: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation>لم تكن نسخة Streamside الجديدة جاهزة في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation>أُعيد عرض النافذة.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>تعذّر تشغيل %1.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::ChatBox</name>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>رسالة دردشة</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>أرسل رسالة</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>إرسال رسالة الدردشة</translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation>أرسل رسالة إلى دردشة %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation>لا يوجد علبة نظام</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation>لا يحتوي سطح المكتب هذا على علبة نظام، لذا يؤدي إغلاق النافذة إلى إنهاء Streamside بدلًا من إبقائه يعمل في الخلفية.</translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation>يواصل Streamside العمل</translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation>لا يزال Streamside يعمل في علبة النظام وسينبّهك عندما تبدأ مفضّلاتك البث المباشر. اختر «إنهاء» من قائمة العلبة لإغلاقه.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>لا تعرض هذا مجددًا</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation>يحفظ العرض التجريبي رموز المحاكي دون تشفير في ملفه الشخصي الخاص.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation>أحدث الأحداث</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>لا توجد أحداث بعد</translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation>تظهر هنا الاشتراكات والاشتراكات المُهداة والغارات والتشجيعات والإعلانات وبدء البث وتغييرات العنوان لحظة حدوثها. أما المتابعات واستبدالات نقاط القناة فلا تُشارَك إلا مع صاحب القناة، لذا لا تظهر إلا في قناتك.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation>إشعارات %1</translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>عندما يبدأ %1 البث ال&amp;مباشر</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>الأ&amp;حداث</translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation>الأحداث التي تُرسل إشعارًا</translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation>عندما تكون قناة %1 مفتوحة في Streamside ونافذتها ليست في المقدمة، تُظهر هذه الأحداث إشعارًا.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>ال&amp;كل</translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation>الإشعار بكل الأحداث</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>لا &amp;شيء</translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation>عدم الإشعار بأي حدث</translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation>الاشتراكات الجديدة</translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation>تجديدات الاشتراك</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>الاشتراكات المُهداة</translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation>الهدايا للمجتمع</translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation>اشتراكات مُهداة مستمرة</translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation>اشتراكات Prime مستمرة</translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation>هدايا مُردودة بإهداء غيرها</translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation>الغارات على القناة</translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation>الغارات من القناة</translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation>الغارات الملغاة</translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation>التشجيعات</translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation>شارات Bits الجديدة</translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation>Power-ups</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>الإعلانات</translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation>الرسائل المُبرزة</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>التبرعات الخيرية</translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation>سلاسل المشاهدة</translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation>انتهاء البث</translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation>تغيير العنوان أو الفئة</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation>المفضّلات</translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation>إضافة مفضّلة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation>إضافة مفضّلة</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>الإ&amp;شعارات…</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>إ&amp;زالة من المفضّلات</translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation>لا توجد مفضّلات</translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation>اضغط + لإضافة القنوات التي تشاهدها.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation>تفويض Streamside</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation>تنبيهات البث المباشر</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>المفضّلة</translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation>تنبيه البث المباشر</translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation>تنبيهات البث المباشر لمفضّلاتك</translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation>سجّل الدخول لترى كيف يعرف Streamside أن مفضّلاتك بدأت البث المباشر.</translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation>لا توجد مفضّلات بعد. أضف القنوات التي تشاهدها (Ctrl+N) لتُنبَّه عندما تبدأ البث المباشر.</translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation>يسمح Twitch بتكلفة اشتراكات إجمالية قدرها %1 لكل مستخدم، تُتقاسم مع القناة المفتوحة: تحصل المفضّلات الأولى في ترتيبك على تنبيهات فورية، وتُفحص البقية كل دقيقة. اسحب المفضّلات في الشريط الجانبي للاختيار.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation>المفضّلات ذات التنبيهات الفورية: %1 من %2. تكلفة الاشتراكات: %3 من %4.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation>المفضّلات ذات التنبيهات الفورية: %1 من %2. تكلفة الاشتراكات: %3 من %4؛ وتستخدم القناة المفتوحة %5.</translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation>فوري (EventSub)</translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation>يُبلغ Twitch برنامج Streamside لحظة بدء هذه القناة البث المباشر.</translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation>يُفحص كل دقيقة</translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation>مخصّص لتنبيه فوري، لكنه يُفحص كل دقيقة إلى أن يقبل Twitch الاشتراك.</translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation>خارج حدّ تكلفة الاشتراكات في Twitch: يسأل Streamside موقع Twitch كل دقيقة إن كانت هذه القناة تبث مباشرة.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation>تعذّر فتح متصفحك. افتح الرابط بنفسك.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation>ربط Streamside بـ Twitch</translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation>يحتاج Streamside إلى معرّف العميل (client id) لتطبيق مسجَّل في Twitch. سجّل تطبيقًا في وحدة تحكم المطورين في Twitch بعنوان إعادة توجيه OAuth ‏&lt;b&gt;http://localhost:17563&lt;/b&gt; ونوع العميل &lt;b&gt;Public&lt;/b&gt;، ثم الصق معرّف العميل الخاص به هنا.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>معرّف العميل (client id)</translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation>معرّف العميل (client id) في Twitch</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>حفظ ومتابعة</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>جرّب العرض التجريبي بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation>تسجيل الدخول عبر Twitch</translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation>يفتح Streamside موقع Twitch في متصفحك لطلب إذنك. ولا يرى كلمة مرورك أبدًا.</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>استخدم رمزًا بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>جرّب العرض التجريبي</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>تابع في متصفحك</translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation>رابط التفويض</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation>التفويض داخل التطبيق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation>تسجيل الدخول برمز</translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation>على أي جهاز، افتح الرابط أدناه، وسجّل الدخول إلى Twitch، ثم أدخل هذا الرمز:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>الرمز المطلوب إدخاله</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>نسخ الرمز</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>رابط التحقق</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation>فُتح Twitch في متصفحك. فوّض Streamside هناك؛ وستتابع هذه النافذة تلقائيًا.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation>تعذّر فتح متصفحك. افتح هذا الرابط في متصفح بنفسك؛ وستتابع هذه النافذة تلقائيًا.</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>يعمل الرمز حتى %1.</translation>
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
        <translation>لا توجد مفضّلات بعد</translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation>سيظهر صانعو المحتوى المفضّلون لديك هنا: مشغّل البث المباشر والدردشة وأحدث أحداث قناتهم، جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation>الاتصال بـ Twitch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation>إ&amp;ضافة مفضّلة…</translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation>إ&amp;زالة المفضّلة</translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation>إ&amp;شعارات المفضّلة…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation>المفضّلة ال&amp;تالية</translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation>المفضّلة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation>التركيز على مربع ال&amp;دردشة</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>إظهار الأ&amp;حداث</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation>&amp;حول Streamside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation>حول Streamside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;رفيق سطح مكتب أصلي لـ Twitch: مشغّل البث المباشر والدردشة وأحدث أحداث قنواتك المفضّلة في نافذة واحدة.&lt;/p&gt;&lt;p&gt;برنامج حر بموجب رخصة MIT. غير تابع لـ Twitch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>The demo&apos;s window title; the desktop shows it as &quot;Demo — Streamside&quot;</extracomment>
        <translation>عرض تجريبي</translation>
    </message>
</context>
<context>
    <name>streamside::ui::SettingsDialog</name>
    <message>
        <source>Full events for my own channel</source>
        <translation>الأحداث الكاملة لقناتي الخاصة</translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation>شغّل Streamside عند تسجيل دخولي</translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation>يبدأ في علبة النظام (أو مصغّرًا) عند تسجيل دخولك إلى سطح المكتب، كي لا يفوتك بدء أي مفضّلة للبث المباشر.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation>المتابعات والاشتراكات والتشجيعات واستبدالات نقاط القناة وقطارات الحماس والاستطلاعات والتوقعات والأهداف والأعمال الخيرية والفواصل الإعلانية في قناتك. يطلب منك Twitch هذا الإذن بشكل منفصل.</translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation>تُخزَّن بيانات دخولك إلى Twitch مشفّرة، ومفتاحها في سلسلة مفاتيح نظامك.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation>&lt;b&gt;لم تتوفر سلسلة مفاتيح للنظام&lt;/b&gt;: تُخزَّن بيانات دخولك إلى Twitch دون تشفير، في ملف لا يستطيع قراءته إلا حساب المستخدم الخاص بك. (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation>تطبيق Twitch:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the system&apos;s language, by its own name.</extracomment>
        <translation>الإعدادات الافتراضية للنظام (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
</context>
<context>
    <name>streamside::ui::StreamerPage</name>
    <message>
        <source>LIVE</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Loading the player…</source>
        <translation>جارٍ تحميل المشغّل…</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>جارٍ تحميل الدردشة…</translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation>يتعذّر عرض المشغّل</translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation>يتعذّر عرض الدردشة</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln viewer(s)</source>
        <translation>
            <numerusform>%1 · %Ln مشاهد</numerusform>
            <numerusform>%1 · %Ln مشاهد</numerusform>
            <numerusform>%1 · %Ln مشاهدَين</numerusform>
            <numerusform>%1 · %Ln مشاهدين</numerusform>
            <numerusform>%1 · %Ln مشاهدًا</numerusform>
            <numerusform>%1 · %Ln مشاهد</numerusform>
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
        <translation>فتح Streamside</translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation>لا توجد مفضّلة تبث مباشرة</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>عدم الإزعاج</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>لمدة ساعة واحدة</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>حتى الغد</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation>إنهاء Streamside</translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>مفعّل حتى %1</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>مباشر الآن</translation>
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
            <numerusform>Streamside: %Ln حدث غير مقروء</numerusform>
            <numerusform>Streamside: %Ln حدث غير مقروء</numerusform>
            <numerusform>Streamside: %Ln حدثان غير مقروءين</numerusform>
            <numerusform>Streamside: %Ln أحداث غير مقروءة</numerusform>
            <numerusform>Streamside: %Ln حدثًا غير مقروء</numerusform>
            <numerusform>Streamside: %Ln حدث غير مقروء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation>تعذّر تحميل هذه الصفحة (%1). تحقّق من اتصالك وأعد المحاولة.</translation>
    </message>
</context>
</TS>
