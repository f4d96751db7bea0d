<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AppPaths</name>
    <message>
        <source>No folder for Streamside&apos;s data could be determined.</source>
        <translation>Streamside のデータ用のフォルダーを決定できませんでした。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation>Twitch アプリケーションのクライアント ID を貼り付けてください。</translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation>Twitch のクライアント ID は、Twitch 開発者コンソールに表示されるとおり、英字と数字のみ（最大 64 文字）で構成されます。</translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation>Streamside でログインするには、Twitch アプリケーションのクライアント ID が必要です。dev.twitch.tv でアプリケーションを登録し（クライアントの種類: Public、OAuth リダイレクト URL: %1）、そのクライアント ID をここに貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Streamside: a Twitch companion with the live player, chat and the latest events of your favourite channels in one window.</source>
        <translation>Streamside: ライブプレーヤー、チャット、お気に入りチャンネルの最新イベントを 1 つのウィンドウにまとめた Twitch コンパニオンです。</translation>
    </message>
    <message>
        <source>Run against the built-in Twitch simulator, with a separate profile.</source>
        <translation>内蔵の Twitch シミュレーターを使用し、別のプロファイルで実行します。</translation>
    </message>
    <message>
        <source>Open the channel LOGIN at start.</source>
        <translation>起動時にチャンネル LOGIN を開きます。</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>ウィンドウを表示せずに起動します。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>予期しない引数 &apos;%1&apos; です。--help を参照してください。</translation>
    </message>
    <message>
        <source>--channel: &apos;%1&apos; is not a Twitch login (letters, digits and underscores, at most 25).</source>
        <extracomment>%1 is what was given</extracomment>
        <translation>--channel: &apos;%1&apos; は Twitch のログイン名ではありません (英字、数字、アンダースコアのみ、最大 25 文字)。</translation>
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
        <translation>ティア1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>ティア2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>ティア3</translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation>匿名の視聴者</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation>%1 さんがサブスクしました</translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation>%1 さんが %2 でサブスクしました</translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation>
            <numerusform>%1 さんが %Ln か月目のサブスクを継続しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation>%1 さんがサブスクを継続しました</translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation>%1 さんが %2 さんにサブスクをギフトしました</translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation>
            <numerusform>%1 さんがコミュニティに %Ln 件のサブスクをギフトしました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation>%1 さんが %2 さんからのギフトサブを継続しています</translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation>%1 さんが Prime サブスクをアップグレードしました</translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation>%1 さんが %2 さんからのギフトを恩送りしています</translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation>%1 さんのサブスクが終了しました</translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation>
            <numerusform>%1 さんが %Ln 人の視聴者とレイドしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation>
            <numerusform>%Ln 人の視聴者と %1 にレイド中</numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation>レイドがキャンセルされました</translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation>
            <numerusform>%1 さんが %Ln ビッツをチアしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation>
            <numerusform>%1 さんが %Ln ビッツを使用しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation>%1 さんが %2 ビッツバッジを獲得しました</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>%1 さんからのアナウンス</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>アナウンス: %1</translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation>%1 さんが %3 に %2 を寄付しました</translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation>
            <numerusform>%1 さんが %Ln 回連続で配信を視聴しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation>%1 さんが視聴ストリークを共有しました</translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation>%1 さんがメッセージをハイライトしました</translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation>%1 さんがパワーアップを使用しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation>チャットがクリアされました</translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation>%1 さんのメッセージが削除されました</translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation>チャットの設定が変更されました</translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation>%1 さんが配信を開始しました</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>%1 さんが配信を終了しました</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation>新しいタイトル: %1</translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation>新しいタイトル: %1（%2）</translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation>%1 さんがフォローしました</translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation>%1 さんが %2 と交換しました</translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation>ハイプトレインが始まりました</translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation>
            <numerusform>ハイプトレインがレベル %Ln に到達しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation>
            <numerusform>ハイプトレインがレベル %Ln で終了しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>投票: %1</translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation>投票の更新: %1</translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation>投票終了: %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>予想: %1</translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation>予想の更新: %1</translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation>予想の締め切り: %1</translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation>予想終了: %1</translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation>
            <numerusform>%Ln 秒の広告が始まりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation>目標開始: %1</translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation>目標の進捗: %1</translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation>目標終了: %1</translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation>%1 のチャリティーキャンペーンが始まりました</translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation>%1 のチャリティーキャンペーンが進みました</translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation>%1 のチャリティーキャンペーンが終了しました</translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation>%1 さんにシャウトアウト</translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation>%1 さんがこのチャンネルにシャウトアウトしました</translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation>シールドモードがオンになりました</translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation>シールドモードがオフになりました</translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation>共有チャットが始まりました</translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation>共有チャットが変更されました</translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation>共有チャットが終了しました</translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation>Twitch イベント: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation>Streamside を起動できません</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln 時間前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The account could not be saved.</source>
        <translation>アカウントを保存できませんでした。</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>アカウントを削除できませんでした。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>データベース用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>データベース %1 を作成できません: %2。</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>データベースを検査できませんでした。</translation>
    </message>
    <message>
        <source>The database failed its integrity check (%1).</source>
        <translation>データベースの整合性チェックに失敗しました（%1）。</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s version.</source>
        <translation>データベースのバージョンを読み取れません。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Streamside (schema %2; this version knows up to %3). Update Streamside.</source>
        <translation>データベース %1 は新しいバージョンの Streamside で書き込まれています（スキーマ %2。このバージョンが対応しているのはスキーマ %3 までです）。Streamside を更新してください。</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1.</source>
        <translation>データベースをバージョン %1 に更新できませんでした。</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>データベースを更新できませんでした。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be moved aside.</source>
        <translation>データベース %1 は破損しており、別の場所に移動できません。</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is now private to you.</source>
        <translation>%1 は他のユーザーが読み取れる状態でした。現在はあなただけがアクセスできます。</translation>
    </message>
    <message>
        <source>An event could not be saved.</source>
        <translation>イベントを保存できませんでした。</translation>
    </message>
    <message>
        <source>Old events could not be removed.</source>
        <translation>古いイベントを削除できませんでした。</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>イベント履歴を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The favourites could not be read.</source>
        <translation>お気に入りを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The favourite could not be added.</source>
        <translation>お気に入りを追加できませんでした。</translation>
    </message>
    <message>
        <source>The favourite could not be removed.</source>
        <translation>お気に入りを削除できませんでした。</translation>
    </message>
    <message>
        <source>The favourites could not be reordered.</source>
        <translation>お気に入りを並べ替えられませんでした。</translation>
    </message>
    <message>
        <source>The channel is not a favourite.</source>
        <translation>このチャンネルはお気に入りではありません。</translation>
    </message>
    <message>
        <source>The notification rules could not be saved.</source>
        <translation>通知ルールを保存できませんでした。</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved.</source>
        <translation>設定 %1 を保存できませんでした。</translation>
    </message>
    <message>
        <source>The setting %1 could not be reset.</source>
        <translation>設定 %1 をリセットできませんでした。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what could not be done, %2 why (two sentences; languages that write no space between sentences leave it out)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1).</source>
        <translation>データベースは別のプログラムで使用中です（%1）。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; everything saved before is kept.</source>
        <translation>ディスクがいっぱいです。空き容量を確保してください。これまでに保存したものはすべて保持されます。</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>データベースに書き込めません（%1）。</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>データベースが破損しています（%1）。</translation>
    </message>
    <message>
        <source>The database said: %1.</source>
        <extracomment>%1 is the database&apos;s own description of the problem</extracomment>
        <translation>データベースからのメッセージ: %1。</translation>
    </message>
</context>
<context>
    <name>WebModuleLoader</name>
    <message>
        <source>The web view module could not be loaded (%1).</source>
        <translation>Web ビューモジュールを読み込めませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Twitch のセッションが終了しました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation>保存された Twitch のログイン情報を読み込めませんでした。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation>Twitch からアクセストークンが返されませんでした。</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Twitch に接続できませんでした（%1）。</translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation>Twitch がログインを受け付けませんでした（%1）。</translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation>このログインは別のアプリケーション用です。</translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation>このトークンはユーザートークンではありません。</translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>コードが承認される前に期限切れになりました。もう一度やり直して新しいコードを取得してください。</translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation>Twitch アプリケーションが設定されていません。先にクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation>Twitch からサインイン要求に対して予期しない応答がありました。</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>サインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation>Twitch でサインインが拒否されました。</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Twitch に接続できませんでした（%1）。</translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation>Twitch はこのアプリケーションのクライアント ID（%1）を認識していません。</translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation>Twitch がサインインを拒否しました（%1）。</translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation>Twitch から %1 秒間メッセージがありません</translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation>Twitch が %1 秒以内に接続を受け入れませんでした</translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation>Twitch が接続を閉じました: 内部サーバーエラー</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation>Twitch が接続を閉じました: クライアントがメッセージを送信しました</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation>Twitch が接続を閉じました: クライアントが ping に応答しませんでした</translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation>Twitch が接続を閉じました: 時間内にサブスクリプションが作成されませんでした</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation>Twitch が接続を閉じました: 再接続の猶予時間が過ぎました</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation>Twitch が接続を閉じました: ネットワークのタイムアウト</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation>Twitch が接続を閉じました: ネットワークエラー</translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation>Twitch が接続を閉じました: 無効な再接続 URL</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation>Twitch が接続を閉じました（コード %1）</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation>Twitch が接続を閉じました（コード %1: %2）</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation>バイナリフレーム（%1 バイト）を受信しました。Twitch はテキストフレームを送信します</translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation>Twitch との接続が切れました</translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation>Twitch との接続が切れました（%1）</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation>以前の Streamside が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation>以前の Streamside に接続できませんでした: %1</translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation>以前の Streamside が引き継ぎをせずに終了しました。</translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation>以前の Streamside から予期しない応答がありました。</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation>後継のプロセスを待ち受けできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>streamside::HelixClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内に応答がありません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::KeychainKeyStore</name>
    <message>
        <source>The key in the keychain has the wrong size.</source>
        <translation>キーチェーン内の鍵のサイズが正しくありません。</translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>%n 分以内にブラウザーから応答がありませんでした。もう一度ログインを開始してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation>Twitch アプリケーションが設定されていないため、ログインできません。STREAMSIDE_CLIENT_ID に登録済みアプリケーションのクライアント ID を設定してください。</translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation>Streamside でウェブブラウザーを開けませんでした。続行するには、ログインリンクをブラウザーにコピーしてください。</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>ログインがキャンセルされました。</translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation>環境変数 STREAMSIDE_REDIRECT_PORT で別のポートを指定してください。Twitch はアプリケーションに登録されたアドレスにしかログイン結果を送らないため、新しいポートの http://localhost:&lt;port&gt; もそこに登録する必要があります。</translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation>ブラウザーからログインを受け取るポートが設定されていません。</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation>このコンピューターのポート %1 は別のプログラムが使用しているため、Streamside はブラウザーからログインを受け取れません。そのプログラムを閉じてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation>Streamside はポート %1 でブラウザーからログインを受け取れません: %2。</translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation>ログイン要求ではありません</translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation>Streamside はここではログインのリダイレクトにのみ応答します。</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>アドレスが正しくありません</translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation>このアドレスは Streamside のログイン用ではありません。</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>許可されていません</translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation>これを送信できるのは Streamside 自身のログインページだけです。</translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation>このログインは終了しています</translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation>Streamside はログインを待機していません。このタブは閉じてかまいません。ログインするには、Streamside からもう一度開始してください。</translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation>Streamside にログイン中</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>ログインを完了しています…</translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation>Streamside が応答しませんでした。Streamside からもう一度ログインを開始してください。</translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation>Streamside へのログインを完了するには、このページで JavaScript を有効にしてください。</translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation>ログインの応答ではありません</translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation>これは Twitch からの応答ではありません。</translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation>この Twitch からの応答は別のログイン試行のものです。最新のログインタブを使用するか、Streamside からもう一度ログインを開始してください。</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>このログインではありません</translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation>ログインがキャンセルされました - Streamside</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>ログインがキャンセルされました</translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation>Streamside にログインしていません。このタブは閉じてかまいません。</translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation>Twitch でログインをキャンセルしました。</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch がログインを拒否しました: %1</translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation>ログインに失敗しました - Streamside</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>ログインに失敗しました</translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation>この Twitch からの応答にはトークンが含まれていません。</translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation>ログインしました - Streamside</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>ログインしました</translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation>Streamside にログインしました。このタブは閉じてかまいません。</translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 さんが配信中です</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>
            <numerusform>%1 さんのチャンネルで %n 件の新しいイベント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::OAuthClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内に応答がありません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation>このチャンネルのチャットから BAN されているため、チャットイベントが停止しました。</translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation>Twitch アカウントへの Streamside のアクセスが取り消されたため、これらのイベントが停止しました。再開するにはもう一度ログインしてください。</translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation>この Twitch アカウントは削除または停止されたため、イベントが停止しました。</translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation>Streamside が要求する形式のイベントを Twitch が提供しなくなりました。Streamside のアップデートで再び利用できるようになります。</translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation>このチャンネルのモデレーターではなくなったため、モデレーター向けイベント（フォロー、シャウトアウト）が停止しました。</translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation>Twitch がこれらのイベントの送信を停止しました（%1）。</translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation>Twitch から何度も速度を落とすよう求められました。</translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation>Twitch のイベントサブスクリプションの上限に達しました。</translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation>Twitch が正しく応答しませんでした（%1）。</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation>このチャンネルの一部のイベントを利用できません: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation>お気に入りを追加</translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation>チャンネル名またはログイン名</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>追加するチャンネル</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>一致するチャンネル</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation>%1 — 配信中: %2</translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation>「%1」に一致するチャンネルはありません。</translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation>Twitch を検索できませんでした: %1</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation>「%1」は Twitch のログイン名ではありません。ログイン名に使えるのは英字、数字、アンダースコアのみです。</translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation>%1 という Twitch チャンネルはありません。</translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation>Twitch に問い合わせできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation>Streamside を起動しています…</translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation>プロフィールを開いています。</translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation>デモ用の Twitch シミュレーターを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation>Streamside がデータを開けません</translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation>データが破損していました</translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation>Streamside のデータベースが破損していたため、%1 として退避しました。新しいデータベースを作成したので、ログインしてお気に入りを追加し直してください。</translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation>ライブイベントに接続しました</translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation>Twitch に接続しています…</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>再接続中: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>オフライン: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>ログアウトしています。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation>Twitch のセッションを確認しています。</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>お気に入りはまだありません</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>チャンネルを選択してください</translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation>Ctrl+N または + を押して、視聴するチャンネルを追加してください。</translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation>左側のお気に入りから 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>オフライン: サインインしていません</translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Twitch のセッションが終了しました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation>%1 という Twitch チャンネルはありません</translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation>スペルを確認するか、お気に入りから選択してください。</translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation>チャンネルを開けませんでした</translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation>お気に入りを追加できませんでした</translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation>お気に入りを削除できませんでした</translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation>通知を変更できませんでした</translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation>Twitch がメッセージを投稿しませんでした: %1</translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation>メッセージの送信が速すぎます。しばらく待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation>このチャンネルではチャットできません（BAN またはタイムアウトされている可能性があります）。</translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation>Twitch に接続できなかったため、メッセージは送信されませんでした。</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>メッセージは送信されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation>新しい Streamside の準備が時間内に整いませんでした。</translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation>ウィンドウを再表示しました。</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 を起動できませんでした。</translation>
    </message>
</context>
<context>
    <name>streamside::ui::ChatBox</name>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>チャットメッセージ</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>チャットメッセージを送信</translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation>%1 さんのチャットにメッセージを送信</translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation>システムトレイがありません</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation>このデスクトップにはシステムトレイがないため、ウィンドウを閉じると Streamside はバックグラウンドで動作を続けずに終了します。</translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation>Streamside は動作を続けます</translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation>Streamside はシステムトレイで動作を続け、お気に入りが配信を開始するとお知らせします。終了するには、トレイメニューの「Streamside を終了」を選択してください。</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>今後このメッセージを表示しない</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation>デモでは、シミュレーターのトークンを暗号化せずに専用のプロフィールに保存します。</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation>最新のイベント</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>イベントはまだありません</translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation>サブスク、ギフトサブ、レイド、チア、アナウンス、配信開始、タイトル変更は、発生するとすぐにここに表示されます。フォローとチャンネルポイントの交換は配信者にのみ共有されるため、自分のチャンネルでのみ表示されます。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation>%1 の通知</translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>%1 が配信を開始したとき(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation>通知するイベント</translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation>%1 のチャンネルを Streamside で開いていて、そのウィンドウが前面にないときに、これらのイベントを通知します。</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>すべて(&amp;A)</translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation>すべてのイベントを通知</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>なし(&amp;N)</translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation>どのイベントも通知しない</translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation>新規サブスク</translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation>サブスク継続</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>ギフトサブ</translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation>コミュニティへのギフト</translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation>ギフトサブの継続</translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation>Prime サブスクの継続</translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation>ギフトの恩送り</translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation>チャンネルへのレイド</translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation>チャンネルからのレイド</translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation>キャンセルされたレイド</translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation>チア</translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation>新しいビッツバッジ</translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation>パワーアップ</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>アナウンス</translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation>ハイライトされたメッセージ</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>チャリティーへの寄付</translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation>視聴ストリーク</translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation>配信終了</translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation>タイトルまたはカテゴリーの変更</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation>お気に入りを追加（Ctrl+N）</translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation>お気に入りを追加</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>お気に入りから削除(&amp;R)</translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation>お気に入りはありません</translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation>+ を押して、視聴するチャンネルを追加してください。</translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation>Streamside を承認</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation>配信開始アラート</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation>配信開始アラート</translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation>お気に入りの配信開始アラート</translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation>サインインすると、Streamside がお気に入りの配信開始をどのように検知するかを確認できます。</translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation>お気に入りはまだありません。視聴するチャンネルを追加すると（Ctrl+N）、配信開始時にお知らせします。</translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation>Twitch ではユーザーごとのサブスクリプションコストの合計が %1 までに制限されており、開いているチャンネルと共有されます。並び順で先頭のお気に入りは即時アラートを受け取り、それ以外は 1 分ごとに確認されます。サイドバーでお気に入りをドラッグして選択してください。</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation>即時アラートのお気に入り: %1 / %2。サブスクリプションコスト: %3 / %4。</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation>即時アラートのお気に入り: %1 / %2。サブスクリプションコスト: %3 / %4（開いているチャンネルが %5 を使用）。</translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation>即時（EventSub）</translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation>このチャンネルが配信を開始するとすぐに Twitch が Streamside に通知します。</translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation>1 分ごとに確認</translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation>即時アラートの対象ですが、Twitch がサブスクリプションを受け付けるまでは 1 分ごとに確認します。</translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation>Twitch のサブスクリプションコストの上限を超えています。Streamside が 1 分ごとにこのチャンネルが配信中かどうかを Twitch に問い合わせます。</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation>ブラウザーを開けませんでした。リンクを手動で開いてください。</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation>Streamside を Twitch に接続</translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation>Streamside には、Twitch に登録されたアプリケーションのクライアント ID が必要です。Twitch 開発者コンソールで、OAuth リダイレクト URL を &lt;b&gt;http://localhost:17563&lt;/b&gt;、クライアントの種類を &lt;b&gt;Public&lt;/b&gt; としてアプリケーションを登録し、そのクライアント ID をここに貼り付けてください。</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation>Twitch クライアント ID</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存して続行</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>代わりにデモを試す</translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation>Twitch でログイン</translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation>Streamside はブラウザーで Twitch を開き、許可を求めます。パスワードが Streamside に知られることはありません。</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>代わりにコードを使用</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>ブラウザーで続行してください</translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation>認証リンク</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation>アプリ内で承認</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation>コードでログイン</translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation>任意のデバイスで下のリンクを開き、Twitch にログインしてこのコードを入力してください:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>入力するコード</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>確認用リンク</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation>ブラウザーで Twitch を開きました。そこで Streamside を承認してください。このウィンドウは自動的に続行します。</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation>ブラウザーを開けませんでした。このリンクをブラウザーで開いてください。このウィンドウは自動的に続行します。</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>このコードは %1 まで有効です。</translation>
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
        <translation>お気に入りはまだありません</translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation>お気に入りの配信者がここに表示されます。ライブプレーヤー、チャット、チャンネルの最新イベントを並べて表示します。</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation>Twitch への接続</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation>お気に入りを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation>お気に入りを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation>お気に入りの通知(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>ログアウト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation>次のお気に入り(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation>前のお気に入り(&amp;P)</translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation>チャット入力欄にフォーカス(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>イベントを表示(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation>Streamside について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation>Streamside について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;Twitch 向けのネイティブなデスクトップコンパニオンです。お気に入りのチャンネルのライブプレーヤー、チャット、最新イベントを 1 つのウィンドウにまとめます。&lt;/p&gt;&lt;p&gt;MIT ライセンスのフリーソフトウェアです。Twitch とは提携していません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>The demo&apos;s window title; the desktop shows it as &quot;Demo — Streamside&quot;</extracomment>
        <translation>デモ</translation>
    </message>
</context>
<context>
    <name>streamside::ui::SettingsDialog</name>
    <message>
        <source>Full events for my own channel</source>
        <translation>自分のチャンネルのすべてのイベント</translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation>ログイン時に Streamside を起動する</translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation>デスクトップにログインするとトレイ（または最小化した状態）で起動するので、お気に入りの配信開始を見逃しません。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation>自分のチャンネルのフォロー、サブスク、チア、チャンネルポイントの交換、ハイプトレイン、投票、予想、目標、チャリティー、広告。この権限は Twitch で別途許可を求められます。</translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation>Twitch のログイン情報は暗号化して保存され、その鍵はシステムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation>&lt;b&gt;システムのキーチェーンを利用できませんでした&lt;/b&gt;: Twitch のログイン情報は、あなたのユーザーアカウントだけが読み取れるファイルに暗号化せずに保存されます。（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation>Twitch アプリケーション:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the system&apos;s language, by its own name.</extracomment>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
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
        <translation>プレーヤーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>チャットを読み込んでいます…</translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation>プレーヤーを表示できません</translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation>チャットを表示できません</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>プレーヤー</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln viewer(s)</source>
        <translation>
            <numerusform>%1 · 視聴者 %Ln 人</numerusform>
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
        <translation>Streamside を開く</translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation>配信中のお気に入りはありません</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>おやすみモード</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation>Streamside を終了</translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>%1 までオン</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>配信中</translation>
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
            <numerusform>Streamside: 未読のイベント %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation>このページを読み込めませんでした（%1）。接続を確認してから再試行してください。</translation>
    </message>
</context>
</TS>
