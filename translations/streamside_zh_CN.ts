<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppPaths</name>
    <message>
        <source>No folder for Streamside&apos;s data could be determined.</source>
        <translation>无法确定用于存放 Streamside 数据的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation>请粘贴你的 Twitch 应用程序的客户端 ID。</translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation>Twitch 客户端 ID 仅由字母和数字组成（最多 64 个），与 Twitch 开发者控制台中显示的一致。</translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation>Streamside 需要 Twitch 应用程序的客户端 ID 才能登录。请在 dev.twitch.tv 注册一个应用程序（客户端类型：Public，OAuth 重定向 URL：%1），然后将其客户端 ID 粘贴到此处。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Streamside: a Twitch companion with the live player, chat and the latest events of your favourite channels in one window.</source>
        <translation>Streamside：一款 Twitch 伴侣应用，在一个窗口中集成直播播放器、聊天和您喜爱频道的最新动态。</translation>
    </message>
    <message>
        <source>Run against the built-in Twitch simulator, with a separate profile.</source>
        <translation>使用内置的 Twitch 模拟器运行，并使用单独的配置文件。</translation>
    </message>
    <message>
        <source>Open the channel LOGIN at start.</source>
        <translation>启动时打开频道 LOGIN。</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>启动时不显示窗口。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>意外的参数 &apos;%1&apos;；请参阅 --help。</translation>
    </message>
    <message>
        <source>--channel: &apos;%1&apos; is not a Twitch login (letters, digits and underscores, at most 25).</source>
        <extracomment>%1 is what was given</extracomment>
        <translation>--channel：&apos;%1&apos; 不是有效的 Twitch 登录名（仅限字母、数字和下划线，最多 25 个字符）。</translation>
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
        <translation>1 级</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>2 级</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>3 级</translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation>一位匿名观众</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation>%1 订阅了</translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation>%1 以 %2 订阅了</translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation>
            <numerusform>%1 已续订 %Ln 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation>%1 续订了</translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation>%1 向 %2 赠送了订阅</translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation>
            <numerusform>%1 向社区赠送了 %Ln 份订阅</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation>%1 正在继续 %2 赠送的订阅</translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation>%1 升级了 Prime 订阅</translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation>%1 正在传递 %2 赠送的礼物</translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation>%1 的订阅已结束</translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation>
            <numerusform>%1 带着 %Ln 名观众发起了突袭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation>
            <numerusform>正在带着 %Ln 名观众突袭 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation>突袭已取消</translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation>
            <numerusform>%1 欢呼了 %Ln 个 Bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation>
            <numerusform>%1 使用了 %Ln 个 Bits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation>%1 解锁了 %2 Bits 徽章</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>来自 %1 的公告</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>公告：%1</translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation>%1 向 %3 捐赠了 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation>
            <numerusform>%1 连续观看了 %Ln 场直播</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation>%1 分享了连续观看记录</translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation>%1 高亮了一条消息</translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation>%1 使用了能量提升</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation>聊天已被清除</translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation>%1 的一条消息已被删除</translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation>聊天设置已更改</translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation>%1 开始直播了</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>%1 已下播</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation>新标题：%1</translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation>新标题：%1（%2）</translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation>%1 关注了</translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation>%1 兑换了 %2</translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation>热度列车已发车</translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation>
            <numerusform>热度列车达到了 %Ln 级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation>
            <numerusform>热度列车在 %Ln 级结束</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>投票：%1</translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation>投票更新：%1</translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation>投票结束：%1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>预测：%1</translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation>预测更新：%1</translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation>预测已锁定：%1</translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation>预测结束：%1</translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation>
            <numerusform>%Ln 秒的广告时段已开始</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation>目标开始：%1</translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation>目标进度：%1</translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation>目标结束：%1</translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation>为 %1 举办的慈善活动已开始</translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation>为 %1 举办的慈善活动有新进展</translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation>为 %1 举办的慈善活动已结束</translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation>推荐 %1</translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation>%1 推荐了此频道</translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation>护盾模式已开启</translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation>护盾模式已关闭</translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation>共享聊天已开始</translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation>共享聊天已更改</translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation>共享聊天已结束</translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation>Twitch 事件：%1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation>Streamside 无法启动</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln 小时前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The account could not be saved.</source>
        <translation>无法保存帐户。</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>无法移除帐户。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>无法创建数据库 %1：%2。</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>无法检查数据库。</translation>
    </message>
    <message>
        <source>The database failed its integrity check (%1).</source>
        <translation>数据库未通过完整性检查 (%1)。</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s version.</source>
        <translation>无法读取数据库的版本。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Streamside (schema %2; this version knows up to %3). Update Streamside.</source>
        <translation>数据库 %1 由较新版本的 Streamside 写入（架构 %2；此版本最高支持 %3）。请更新 Streamside。</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1.</source>
        <translation>无法将数据库更新到版本 %1。</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>无法更新数据库。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be moved aside.</source>
        <translation>数据库 %1 已损坏，且无法另存。</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is now private to you.</source>
        <translation>%1 曾可被其他用户读取；现在仅你可访问。</translation>
    </message>
    <message>
        <source>An event could not be saved.</source>
        <translation>无法保存事件。</translation>
    </message>
    <message>
        <source>Old events could not be removed.</source>
        <translation>无法移除旧事件。</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>无法读取事件历史。</translation>
    </message>
    <message>
        <source>The favourites could not be read.</source>
        <translation>无法读取收藏。</translation>
    </message>
    <message>
        <source>The favourite could not be added.</source>
        <translation>无法添加收藏。</translation>
    </message>
    <message>
        <source>The favourite could not be removed.</source>
        <translation>无法移除收藏。</translation>
    </message>
    <message>
        <source>The favourites could not be reordered.</source>
        <translation>无法调整收藏的顺序。</translation>
    </message>
    <message>
        <source>The channel is not a favourite.</source>
        <translation>该频道不在收藏中。</translation>
    </message>
    <message>
        <source>The notification rules could not be saved.</source>
        <translation>无法保存通知规则。</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved.</source>
        <translation>无法保存设置 %1。</translation>
    </message>
    <message>
        <source>The setting %1 could not be reset.</source>
        <translation>无法重置设置 %1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what could not be done, %2 why (two sentences; languages that write no space between sentences leave it out)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1).</source>
        <translation>数据库正被另一个程序使用 (%1)。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; everything saved before is kept.</source>
        <translation>磁盘已满。请释放一些空间；之前保存的所有内容都会保留。</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>无法写入数据库 (%1)。</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>数据库已损坏 (%1)。</translation>
    </message>
    <message>
        <source>The database said: %1.</source>
        <extracomment>%1 is the database&apos;s own description of the problem</extracomment>
        <translation>数据库返回：%1。</translation>
    </message>
</context>
<context>
    <name>WebModuleLoader</name>
    <message>
        <source>The web view module could not be loaded (%1).</source>
        <translation>无法加载网页视图模块 (%1)。</translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>你的 Twitch 会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation>无法读取已保存的 Twitch 登录信息，请重新登录。</translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation>Twitch 未提供访问令牌。</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>无法连接到 Twitch（%1）。</translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation>Twitch 未接受此次登录（%1）。</translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation>此登录属于另一个应用程序。</translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation>此令牌不是用户令牌。</translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>代码在获得批准前已过期。请重新开始以获取新代码。</translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation>未配置 Twitch 应用程序：请先输入客户端 ID。</translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation>Twitch 对登录请求的响应出乎意料。</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation>登录在 Twitch 上被拒绝。</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>无法连接到 Twitch（%1）。</translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation>Twitch 无法识别此应用程序的客户端 ID（%1）。</translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation>Twitch 拒绝了登录（%1）。</translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation>%1 秒内未收到 Twitch 的消息</translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation>Twitch 未在 %1 秒内接受连接</translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation>Twitch 关闭了连接：服务器内部错误</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation>Twitch 关闭了连接：客户端发送了消息</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation>Twitch 关闭了连接：客户端未响应 ping</translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation>Twitch 关闭了连接：未及时创建订阅</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation>Twitch 关闭了连接：重新连接宽限时间已过</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation>Twitch 关闭了连接：网络超时</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation>Twitch 关闭了连接：网络错误</translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation>Twitch 关闭了连接：重新连接 URL 无效</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation>Twitch 关闭了连接（代码 %1）</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation>Twitch 关闭了连接（代码 %1：%2）</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>正在连接到 %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation>收到二进制帧（%1 字节）；Twitch 发送的是文本帧</translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation>与 Twitch 的连接已断开</translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation>与 Twitch 的连接已断开（%1）</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation>之前的 Streamside 未及时响应。</translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation>无法连接到之前的 Streamside：%1</translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation>之前的 Streamside 未完成交接就关闭了。</translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation>之前的 Streamside 返回了意外的响应。</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation>无法监听后继进程：%1</translation>
    </message>
</context>
<context>
    <name>streamside::HelixClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内没有响应</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::KeychainKeyStore</name>
    <message>
        <source>The key in the keychain has the wrong size.</source>
        <translation>密钥环中的密钥大小不正确。</translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>%n 分钟内未收到浏览器的响应。请重新开始登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation>未配置 Twitch 应用程序，因此无法登录。请将 STREAMSIDE_CLIENT_ID 设置为已注册应用程序的客户端 ID。</translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation>Streamside 无法打开你的网页浏览器。请将登录链接复制到浏览器中以继续。</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation>请使用 STREAMSIDE_REDIRECT_PORT 环境变量选择其他端口。Twitch 只会将登录结果发送到为应用程序注册的地址，因此也必须在那里注册使用新端口的 http://localhost:&lt;port&gt;。</translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation>未配置用于接收浏览器登录的端口。</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation>此计算机上的端口 %1 已被其他程序占用，因此 Streamside 无法接收来自浏览器的登录。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation>Streamside 无法在端口 %1 上接收来自浏览器的登录：%2。</translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation>不是登录请求</translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation>Streamside 在此仅响应登录重定向。</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>地址错误</translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation>此地址不属于 Streamside 的登录。</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation>只有 Streamside 自己的登录页面才能发送此内容。</translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation>此次登录已结束</translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation>Streamside 已不再等待登录。你可以关闭此标签页；如需登录，请从 Streamside 重新开始。</translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation>正在登录 Streamside</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>正在完成登录…</translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation>Streamside 没有响应。请从 Streamside 重新开始登录。</translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation>请为此页面启用 JavaScript 以完成 Streamside 登录。</translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation>不是登录响应</translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation>这不是来自 Twitch 的响应。</translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation>来自 Twitch 的此响应属于另一次登录尝试。请使用最新的登录标签页，或从 Streamside 重新开始登录。</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>不是此次登录</translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation>登录已取消 - Streamside</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>登录已取消</translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation>你没有登录 Streamside。你可以关闭此标签页。</translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation>你在 Twitch 上取消了登录。</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch 拒绝了登录：%1</translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation>登录失败 - Streamside</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation>来自 Twitch 的此响应中没有令牌。</translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation>已登录 - Streamside</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation>你已登录 Streamside。你可以关闭此标签页。</translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 正在直播</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>
            <numerusform>%1 的频道有 %n 个新事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::OAuthClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内没有响应</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation>你已被此频道的聊天封禁，因此其聊天事件已停止。</translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation>Streamside 对你的 Twitch 帐户的访问权限已被撤销，因此这些事件已停止。请重新登录以恢复。</translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation>此 Twitch 帐户已被关闭或停用，因此其事件已停止。</translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation>Twitch 不再以 Streamside 请求的形式提供此类事件。更新 Streamside 后即可恢复。</translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation>你已不再是此频道的管理员，因此其管理员事件（关注、推荐）已停止。</translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation>Twitch 已停止发送这些事件（%1）。</translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation>Twitch 反复要求 Streamside 降低请求频率。</translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation>已达到 Twitch 的事件订阅上限。</translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation>Twitch 未正确响应（%1）。</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation>此频道的部分事件不可用：%1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation>添加收藏</translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation>频道名称或登录名</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>要添加的频道</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>匹配的频道</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation>%1 — 直播中：%2</translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation>没有与“%1”匹配的频道。</translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation>无法搜索 Twitch：%1</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation>“%1”不是 Twitch 登录名：登录名只能包含字母、数字和下划线。</translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation>没有名为 %1 的 Twitch 频道。</translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation>无法查询 Twitch：%1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation>正在启动 Streamside…</translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation>正在打开你的个人资料。</translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation>无法启动演示用的 Twitch 模拟器：%1</translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation>Streamside 无法打开其数据</translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation>你的数据已损坏</translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation>Streamside 的数据库已损坏，已另存为 %1。已创建新的数据库：请登录并重新添加你的收藏。</translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation>实时事件已连接</translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation>正在连接到 Twitch…</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>正在重新连接：%1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>你已退出登录。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation>正在检查你的 Twitch 会话。</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>还没有收藏</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>选择一个频道</translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation>按 Ctrl+N 或 + 添加你观看的频道。</translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation>请从左侧选择一个收藏。</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>离线：未登录</translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>你的 Twitch 会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation>没有名为 %1 的 Twitch 频道</translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation>请检查拼写，或选择一个收藏。</translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation>无法打开该频道</translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation>未能添加收藏</translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation>未能移除收藏</translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation>未能更改通知</translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation>Twitch 未发布该消息：%1</translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation>你发送消息的速度太快。请稍候再试。</translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation>你无法在此频道聊天（你可能已被封禁或禁言）。</translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation>无法连接到 Twitch；消息未发送。</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>消息未发送：%1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation>新的 Streamside 未及时就绪。</translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation>窗口已重新显示。</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>无法启动 %1。</translation>
    </message>
</context>
<context>
    <name>streamside::ui::ChatBox</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>聊天消息</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>发送聊天消息</translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation>向 %1 的聊天发送消息</translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation>没有系统托盘</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation>此桌面没有系统托盘，因此关闭窗口将退出 Streamside，而不是让它在后台继续运行。</translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation>Streamside 仍在运行</translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation>Streamside 仍在系统托盘中运行，并会在你的收藏开始直播时通知你。要退出，请在托盘菜单中选择“退出 Streamside”。</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>不再显示</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation>演示版会将模拟器的令牌以未加密形式保存在其自己的配置文件中。</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation>最新事件</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>还没有事件</translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation>订阅、赠送订阅、突袭、欢呼、公告、开播和标题更改会在发生时立即显示在这里。关注和频道积分兑换仅与主播共享，因此只会显示在你自己的频道中。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation>%1 的通知</translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>%1 开始直播时(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation>要通知的事件</translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation>当 %1 的频道在 Streamside 中打开且其窗口不在前台时，这些事件会显示通知。</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全部(&amp;A)</translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation>通知所有事件</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>无(&amp;N)</translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation>不通知任何事件</translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation>新订阅</translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation>续订</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>赠送订阅</translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation>赠送给社区</translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation>继续赠送的订阅</translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation>继续 Prime 订阅</translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation>传递礼物</translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation>对此频道的突袭</translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation>此频道发起的突袭</translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation>已取消的突袭</translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation>欢呼</translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation>新的 Bits 徽章</translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation>能量提升</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation>高亮消息</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>慈善捐赠</translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation>连续观看</translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation>直播结束</translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation>标题或分类更改</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation>添加收藏 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation>添加收藏</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>从收藏中移除(&amp;R)</translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation>没有收藏</translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation>按 + 添加你观看的频道。</translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation>授权 Streamside</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation>开播提醒</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation>开播提醒</translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation>收藏的开播提醒</translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation>登录后即可查看 Streamside 如何得知你的收藏开始直播。</translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation>还没有收藏。添加你观看的频道 (Ctrl+N)，在它们开播时收到通知。</translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation>Twitch 允许每个用户的订阅总成本为 %1，并与当前打开的频道共享：排在前面的收藏会获得即时提醒，其余的每分钟检查一次。在侧边栏中拖动收藏即可调整。</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation>获得即时提醒的收藏：%1 / %2。订阅成本：%3 / %4。</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation>获得即时提醒的收藏：%1 / %2。订阅成本：%3 / %4；当前打开的频道占用 %5。</translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation>即时 (EventSub)</translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation>此频道开播时，Twitch 会立即通知 Streamside。</translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation>每分钟检查</translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation>本应即时提醒，但在 Twitch 接受订阅之前每分钟检查一次。</translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation>超出 Twitch 的订阅成本上限：Streamside 每分钟询问 Twitch 此频道是否在直播。</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation>无法打开你的浏览器。请自行打开链接。</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation>将 Streamside 连接到 Twitch</translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation>Streamside 需要已在 Twitch 注册的应用程序的客户端 ID。请在 Twitch 开发者控制台中注册一个应用程序，OAuth 重定向 URL 设为 &lt;b&gt;http://localhost:17563&lt;/b&gt;，客户端类型设为 &lt;b&gt;Public&lt;/b&gt;，然后将其客户端 ID 粘贴到此处。</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation>Twitch 客户端 ID</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>改为试用演示版</translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation>使用 Twitch 登录</translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation>Streamside 会在你的浏览器中打开 Twitch 以请求你的授权。它永远不会看到你的密码。</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>改用代码</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示版</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>请在浏览器中继续</translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation>授权链接</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation>在应用内授权</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation>使用代码登录</translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation>在任意设备上打开下面的链接，登录 Twitch 并输入此代码：</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>要输入的代码</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>验证链接</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation>已在浏览器中打开 Twitch。请在那里授权 Streamside；此窗口会自动继续。</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation>无法打开你的浏览器。请自行在浏览器中打开此链接；此窗口会自动继续。</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>此代码在 %1 之前有效。</translation>
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
        <translation>还没有收藏</translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation>你收藏的主播会显示在这里：他们的直播播放器、聊天和频道最新事件，并排显示。</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帐户</translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation>与 Twitch 的连接</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation>添加收藏(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation>移除收藏(&amp;R)</translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation>收藏通知(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation>下一个收藏(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation>上一个收藏(&amp;P)</translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation>聚焦到聊天框(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>显示事件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation>关于 Streamside(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation>关于 Streamside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;一款原生的 Twitch 桌面伴侣应用：在一个窗口中显示你收藏频道的直播播放器、聊天和最新事件。&lt;/p&gt;&lt;p&gt;基于 MIT 许可证的自由软件。与 Twitch 无关联。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>The demo&apos;s window title; the desktop shows it as &quot;Demo — Streamside&quot;</extracomment>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>streamside::ui::SettingsDialog</name>
    <message>
        <source>Full events for my own channel</source>
        <translation>我自己频道的完整事件</translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation>登录时启动 Streamside</translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation>登录桌面时在托盘中（或最小化）启动，让你不会错过收藏的开播。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation>你自己频道的关注、订阅、欢呼、频道积分兑换、热度列车、投票、预测、目标、慈善和广告时段。Twitch 会单独请求此权限。</translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation>你的 Twitch 登录信息已加密存储，其密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation>&lt;b&gt;没有可用的系统密钥环&lt;/b&gt;：你的 Twitch 登录信息以未加密形式存储在仅你的用户帐户可读取的文件中。(%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation>Twitch 应用程序：</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the system&apos;s language, by its own name.</extracomment>
        <translation>系统默认 (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
</context>
<context>
    <name>streamside::ui::StreamerPage</name>
    <message>
        <source>LIVE</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Loading the player…</source>
        <translation>正在加载播放器…</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>正在加载聊天…</translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation>无法显示播放器</translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation>无法显示聊天</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>播放器</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln viewer(s)</source>
        <translation>
            <numerusform>%1 · %Ln 名观众</numerusform>
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
        <translation>打开 Streamside</translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation>没有正在直播的收藏</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>直到明天</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation>退出 Streamside</translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>开启，直到 %1</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>正在直播</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a channel, %2 what it is playing</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Streamside: %Ln unread event(s)</source>
        <extracomment>The tray icon&apos;s tooltip; %Ln is the number of unread events</extracomment>
        <translation>
            <numerusform>Streamside：%Ln 个未读事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation>无法加载此页面（%1）。请检查你的网络连接后重试。</translation>
    </message>
</context>
</TS>
