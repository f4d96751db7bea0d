<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AppPaths</name>
    <message>
        <source>No folder for Streamside&apos;s data could be determined.</source>
        <translation>Streamside 데이터용 폴더를 결정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation>Twitch 애플리케이션의 클라이언트 ID를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation>Twitch 클라이언트 ID는 Twitch 개발자 콘솔에 표시된 것처럼 영문자와 숫자로만(최대 64자) 이루어집니다.</translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation>Streamside로 로그인하려면 Twitch 애플리케이션의 클라이언트 ID가 필요합니다. dev.twitch.tv에서 애플리케이션을 등록하고(클라이언트 유형: Public, OAuth 리디렉션 URL: %1) 해당 클라이언트 ID를 여기에 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Streamside: a Twitch companion with the live player, chat and the latest events of your favourite channels in one window.</source>
        <translation>Streamside: 라이브 플레이어, 채팅, 즐겨찾는 채널의 최신 이벤트를 하나의 창에 모은 Twitch 도우미입니다.</translation>
    </message>
    <message>
        <source>Run against the built-in Twitch simulator, with a separate profile.</source>
        <translation>별도의 프로필로 내장 Twitch 시뮬레이터에 연결하여 실행합니다.</translation>
    </message>
    <message>
        <source>Open the channel LOGIN at start.</source>
        <translation>시작할 때 채널 LOGIN을(를) 엽니다.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>창을 표시하지 않고 시작합니다.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>예상치 못한 인수 &apos;%1&apos;; --help를 참조하세요.</translation>
    </message>
    <message>
        <source>--channel: &apos;%1&apos; is not a Twitch login (letters, digits and underscores, at most 25).</source>
        <extracomment>%1 is what was given</extracomment>
        <translation>--channel: &apos;%1&apos;은(는) Twitch 로그인이 아닙니다 (영문자, 숫자, 밑줄만 사용, 최대 25자).</translation>
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
        <translation>티어 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>티어 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>티어 3</translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation>익명의 시청자</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>누군가</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>누군가</translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation>%1 님이 구독했습니다</translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation>%1 님이 %2(으)로 구독했습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation>
            <numerusform>%1 님이 %Ln개월째 구독을 갱신했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation>%1 님이 구독을 갱신했습니다</translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation>%1 님이 %2 님에게 구독을 선물했습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation>
            <numerusform>%1 님이 커뮤니티에 구독 %Ln개를 선물했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation>%1 님이 %2 님에게 받은 선물 구독을 이어 가고 있습니다</translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation>%1 님이 Prime 구독을 업그레이드했습니다</translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation>%1 님이 %2 님에게 받은 선물을 다른 사람에게 전하고 있습니다</translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation>%1 님의 구독이 종료되었습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation>
            <numerusform>%1 님이 시청자 %Ln명과 함께 레이드했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation>
            <numerusform>시청자 %Ln명과 함께 %1 님에게 레이드 중</numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation>레이드가 취소되었습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation>
            <numerusform>%1 님이 비트 %Ln개로 응원했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation>
            <numerusform>%1 님이 비트 %Ln개를 사용했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation>%1 님이 %2 비트 배지를 획득했습니다</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>%1 님의 공지</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>공지: %1</translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation>%1 님이 %3에 %2을(를) 기부했습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation>
            <numerusform>%1 님이 방송을 %Ln회 연속 시청했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation>%1 님이 연속 시청 기록을 공유했습니다</translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation>%1 님이 메시지를 강조했습니다</translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation>%1 님이 파워업을 사용했습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation>채팅이 지워졌습니다</translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation>%1 님의 메시지가 삭제되었습니다</translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation>채팅 설정이 변경되었습니다</translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation>%1 님이 방송을 시작했습니다</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>%1 님이 방송을 종료했습니다</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation>새 제목: %1</translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation>새 제목: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation>%1 님이 팔로우했습니다</translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation>%1 님이 %2을(를) 사용했습니다</translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation>하이프 트레인이 시작되었습니다</translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation>
            <numerusform>하이프 트레인이 레벨 %Ln에 도달했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation>
            <numerusform>하이프 트레인이 레벨 %Ln에서 종료되었습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>투표: %1</translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation>투표 업데이트: %1</translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation>투표 종료: %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>예측: %1</translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation>예측 업데이트: %1</translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation>예측 마감: %1</translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation>예측 종료: %1</translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation>
            <numerusform>%Ln초 광고가 시작되었습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation>목표 시작: %1</translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation>목표 진행 상황: %1</translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation>목표 종료: %1</translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation>%1 자선 캠페인이 시작되었습니다</translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation>%1 자선 캠페인이 진행되었습니다</translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation>%1 자선 캠페인이 종료되었습니다</translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation>%1 님 샤우트아웃</translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation>%1 님이 이 채널을 샤우트아웃했습니다</translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation>실드 모드가 켜졌습니다</translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation>실드 모드가 꺼졌습니다</translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation>공유 채팅이 시작되었습니다</translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation>공유 채팅이 변경되었습니다</translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation>공유 채팅이 종료되었습니다</translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation>Twitch 이벤트: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation>Streamside를 시작할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation>
            <numerusform>%Ln시간 전</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The account could not be saved.</source>
        <translation>계정을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>계정을 제거하지 못했습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>데이터베이스용 %1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>데이터베이스 %1을(를) 만들 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>데이터베이스를 열지 못했습니다.</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>데이터베이스를 검사하지 못했습니다.</translation>
    </message>
    <message>
        <source>The database failed its integrity check (%1).</source>
        <translation>데이터베이스 무결성 검사에 실패했습니다(%1).</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s version.</source>
        <translation>데이터베이스 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Streamside (schema %2; this version knows up to %3). Update Streamside.</source>
        <translation>데이터베이스 %1은(는) 더 새로운 버전의 Streamside에서 기록되었습니다(스키마 %2, 이 버전은 스키마 %3까지만 지원). Streamside를 업데이트하세요.</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1.</source>
        <translation>데이터베이스를 버전 %1(으)로 업데이트하지 못했습니다.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>데이터베이스를 업데이트하지 못했습니다.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>데이터베이스가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be moved aside.</source>
        <translation>데이터베이스 %1이(가) 손상되어 다른 곳으로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is now private to you.</source>
        <translation>%1을(를) 다른 사용자가 읽을 수 있었습니다. 이제 본인만 접근할 수 있습니다.</translation>
    </message>
    <message>
        <source>An event could not be saved.</source>
        <translation>이벤트를 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Old events could not be removed.</source>
        <translation>오래된 이벤트를 제거하지 못했습니다.</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>이벤트 기록을 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>The favourites could not be read.</source>
        <translation>즐겨찾기를 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>The favourite could not be added.</source>
        <translation>즐겨찾기를 추가하지 못했습니다.</translation>
    </message>
    <message>
        <source>The favourite could not be removed.</source>
        <translation>즐겨찾기를 제거하지 못했습니다.</translation>
    </message>
    <message>
        <source>The favourites could not be reordered.</source>
        <translation>즐겨찾기 순서를 바꾸지 못했습니다.</translation>
    </message>
    <message>
        <source>The channel is not a favourite.</source>
        <translation>이 채널은 즐겨찾기가 아닙니다.</translation>
    </message>
    <message>
        <source>The notification rules could not be saved.</source>
        <translation>알림 규칙을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved.</source>
        <translation>%1 설정을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The setting %1 could not be reset.</source>
        <translation>%1 설정을 초기화하지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what could not be done, %2 why (two sentences; languages that write no space between sentences leave it out)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1).</source>
        <translation>다른 프로그램에서 데이터베이스를 사용 중입니다(%1).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; everything saved before is kept.</source>
        <translation>디스크가 가득 찼습니다. 공간을 확보하세요. 이전에 저장된 내용은 모두 유지됩니다.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>데이터베이스에 쓸 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>데이터베이스가 손상되었습니다(%1).</translation>
    </message>
    <message>
        <source>The database said: %1.</source>
        <extracomment>%1 is the database&apos;s own description of the problem</extracomment>
        <translation>데이터베이스 메시지: %1.</translation>
    </message>
</context>
<context>
    <name>WebModuleLoader</name>
    <message>
        <source>The web view module could not be loaded (%1).</source>
        <translation>웹 보기 모듈을 불러오지 못했습니다(%1).</translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Twitch 세션이 종료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation>저장된 Twitch 로그인 정보를 읽을 수 없습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation>Twitch에서 액세스 토큰을 받지 못했습니다.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Twitch에 연결할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation>Twitch에서 로그인을 수락하지 않았습니다(%1).</translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation>다른 애플리케이션용 로그인입니다.</translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation>사용자 토큰이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>코드가 승인되기 전에 만료되었습니다. 다시 시작하여 새 코드를 받으세요.</translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation>구성된 Twitch 애플리케이션이 없습니다. 먼저 클라이언트 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation>Twitch가 로그인 요청에 예상치 못한 방식으로 응답했습니다.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation>Twitch에서 로그인이 거부되었습니다.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Twitch에 연결할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation>Twitch에서 이 애플리케이션의 클라이언트 ID(%1)를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation>Twitch에서 로그인을 거부했습니다(%1).</translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation>Twitch에서 %1초 동안 메시지가 없습니다</translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation>Twitch가 %1초 안에 연결을 수락하지 않았습니다</translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation>Twitch가 연결을 닫았습니다: 내부 서버 오류</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation>Twitch가 연결을 닫았습니다: 클라이언트가 메시지를 보냄</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation>Twitch가 연결을 닫았습니다: 클라이언트가 ping에 응답하지 않음</translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation>Twitch가 연결을 닫았습니다: 제시간에 구독이 생성되지 않음</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation>Twitch가 연결을 닫았습니다: 재연결 유예 시간 만료</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation>Twitch가 연결을 닫았습니다: 네트워크 시간 초과</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation>Twitch가 연결을 닫았습니다: 네트워크 오류</translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation>Twitch가 연결을 닫았습니다: 잘못된 재연결 URL</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation>Twitch가 연결을 닫았습니다(코드 %1)</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation>Twitch가 연결을 닫았습니다(코드 %1: %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>%1에 연결 중</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation>바이너리 프레임(%1바이트)을 받았습니다. Twitch는 텍스트 프레임을 보냅니다</translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation>Twitch와의 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation>Twitch와의 연결이 끊겼습니다(%1)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation>이전 Streamside가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation>이전 Streamside에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation>이전 Streamside가 인계하지 않고 종료되었습니다.</translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation>이전 Streamside가 예상치 못한 응답을 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation>후속 프로세스를 수신 대기할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>streamside::HelixClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>%n초 안에 응답이 없습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::KeychainKeyStore</name>
    <message>
        <source>The key in the keychain has the wrong size.</source>
        <translation>키체인에 있는 키의 크기가 잘못되었습니다.</translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>%n분 안에 브라우저에서 응답이 없었습니다. 로그인을 다시 시작하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation>구성된 Twitch 애플리케이션이 없어 로그인할 수 없습니다. STREAMSIDE_CLIENT_ID를 등록된 애플리케이션의 클라이언트 ID로 설정하세요.</translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation>Streamside에서 웹 브라우저를 열 수 없습니다. 계속하려면 로그인 링크를 브라우저에 복사하세요.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation>STREAMSIDE_REDIRECT_PORT 환경 변수로 다른 포트를 지정하세요. Twitch는 애플리케이션에 등록된 주소로만 로그인 결과를 보내므로, 새 포트를 사용하는 http://localhost:&lt;port&gt;도 등록해야 합니다.</translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation>브라우저에서 로그인을 받을 포트가 구성되지 않았습니다.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation>이 컴퓨터의 포트 %1을(를) 다른 프로그램이 사용 중이어서 Streamside가 브라우저에서 로그인을 받을 수 없습니다. 해당 프로그램을 닫고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation>Streamside가 포트 %1에서 브라우저의 로그인을 받을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation>로그인 요청이 아닙니다</translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation>Streamside는 여기에서 로그인 리디렉션에만 응답합니다.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>잘못된 주소</translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation>이 주소는 Streamside 로그인용이 아닙니다.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>허용되지 않음</translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation>Streamside 자체 로그인 페이지만 이 요청을 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation>이 로그인은 종료되었습니다</translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation>Streamside가 더 이상 로그인을 기다리지 않습니다. 이 탭을 닫아도 됩니다. 로그인하려면 Streamside에서 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation>Streamside에 로그인하는 중</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>로그인을 마무리하는 중…</translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation>Streamside가 응답하지 않았습니다. Streamside에서 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation>Streamside 로그인을 마치려면 이 페이지에서 JavaScript를 켜세요.</translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation>로그인 응답이 아닙니다</translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation>Twitch에서 보낸 응답이 아닙니다.</translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation>Twitch의 이 응답은 다른 로그인 시도에 대한 것입니다. 가장 최근의 로그인 탭을 사용하거나 Streamside에서 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>이 로그인이 아닙니다</translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation>로그인 취소됨 - Streamside</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>로그인 취소됨</translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation>Streamside에 로그인하지 않았습니다. 이 탭을 닫아도 됩니다.</translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation>Twitch에서 로그인을 취소했습니다.</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch에서 로그인을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation>로그인 실패 - Streamside</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation>Twitch의 이 응답에는 토큰이 없습니다.</translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation>로그인됨 - Streamside</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>로그인됨</translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation>Streamside에 로그인했습니다. 이 탭을 닫아도 됩니다.</translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 님이 방송 중입니다</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>
            <numerusform>%1 님 채널의 새 이벤트 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::OAuthClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>%n초 안에 응답이 없습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation>이 채널의 채팅에서 차단되어 채팅 이벤트가 중지되었습니다.</translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation>Streamside의 Twitch 계정 액세스 권한이 철회되어 이 이벤트가 중지되었습니다. 다시 받으려면 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation>이 Twitch 계정이 폐쇄되었거나 정지되어 이벤트가 중지되었습니다.</translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation>Twitch에서 Streamside가 요청하는 형식으로 이 이벤트를 더 이상 제공하지 않습니다. Streamside를 업데이트하면 다시 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation>더 이상 이 채널의 모더레이터가 아니므로 모더레이터 이벤트(팔로우, 샤우트아웃)가 중지되었습니다.</translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation>Twitch에서 이 이벤트 전송을 중지했습니다(%1).</translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation>Twitch에서 계속 Streamside에 속도를 늦추라고 요청했습니다.</translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation>Twitch 이벤트 구독 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation>Twitch가 제대로 응답하지 않았습니다(%1).</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>권한 없음</translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation>이 채널의 일부 이벤트를 사용할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation>즐겨찾기 추가</translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation>채널 이름 또는 로그인</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>추가할 채널</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>일치하는 채널</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation>%1 — 방송 중: %2</translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 채널이 없습니다.</translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation>Twitch를 검색할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation>“%1”은(는) Twitch 로그인이 아닙니다. 로그인에는 영문자, 숫자, 밑줄만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation>%1(이)라는 Twitch 채널이 없습니다.</translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation>Twitch에 요청할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation>Streamside를 시작하는 중…</translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation>프로필을 여는 중입니다.</translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation>데모용 Twitch 시뮬레이터를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation>Streamside에서 데이터를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation>데이터가 손상되었습니다</translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation>Streamside 데이터베이스가 손상되어 %1(으)로 따로 보관했습니다. 새 데이터베이스를 만들었으니 로그인하고 즐겨찾기를 다시 추가하세요.</translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation>실시간 이벤트 연결됨</translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation>Twitch에 연결하는 중…</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>다시 연결하는 중: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>오프라인: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>로그아웃되었습니다.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인하는 중…</translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation>Twitch 세션을 확인하는 중입니다.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>로그인 시 시작</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1(으)로 로그인됨</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>아직 즐겨찾기가 없습니다</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>채널을 선택하세요</translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation>Ctrl+N 또는 +를 눌러 시청하는 채널을 추가하세요.</translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation>왼쪽의 즐겨찾기 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>오프라인: 로그인하지 않음</translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Twitch 세션이 종료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation>%1(이)라는 Twitch 채널이 없습니다</translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation>철자를 확인하거나 즐겨찾기 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation>채널을 열 수 없습니다</translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation>즐겨찾기를 추가하지 못했습니다</translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation>즐겨찾기를 제거하지 못했습니다</translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation>알림을 변경하지 못했습니다</translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation>Twitch에서 메시지를 게시하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation>메시지를 너무 빠르게 보내고 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation>이 채널에서 채팅할 수 없습니다(차단되었거나 타임아웃되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation>Twitch에 연결할 수 없어 메시지를 보내지 못했습니다.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>메시지를 보내지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation>새 Streamside가 제시간에 준비되지 않았습니다.</translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation>창을 다시 표시했습니다.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1을(를) 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::ChatBox</name>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>채팅 메시지</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>메시지 보내기</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>채팅 메시지 보내기</translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation>%1 님의 채팅에 메시지 보내기</translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation>시스템 트레이 없음</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없으므로 창을 닫으면 Streamside가 백그라운드에서 계속 실행되지 않고 종료됩니다.</translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation>Streamside가 계속 실행됩니다</translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation>Streamside는 시스템 트레이에서 계속 실행되며 즐겨찾기가 방송을 시작하면 알려 드립니다. 종료하려면 트레이 메뉴에서 “Streamside 종료”를 선택하세요.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>다시 표시하지 않음</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation>데모는 시뮬레이터의 토큰을 자체 프로필에 암호화하지 않고 보관합니다.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation>최근 이벤트</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>아직 이벤트가 없습니다</translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation>구독, 선물 구독, 레이드, 응원, 공지, 방송 시작, 제목 변경이 발생하는 즉시 여기에 표시됩니다. 팔로우와 채널 포인트 사용은 스트리머에게만 공유되므로 내 채널에서만 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation>%1 알림</translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>%1 님이 방송을 시작할 때(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>이벤트(&amp;E)</translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation>알림을 보낼 이벤트</translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation>Streamside에서 %1 님의 채널이 열려 있고 해당 창이 앞에 있지 않을 때 이 이벤트에 대한 알림을 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>모두(&amp;A)</translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation>모든 이벤트 알림</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>없음(&amp;N)</translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation>이벤트 알림 안 함</translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation>새 구독</translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation>구독 갱신</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>선물 구독</translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation>커뮤니티 선물</translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation>선물 구독 연장</translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation>Prime 구독 연장</translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation>선물 나눔</translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation>채널로 들어온 레이드</translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation>채널에서 보낸 레이드</translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation>취소된 레이드</translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation>응원</translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation>새 비트 배지</translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation>파워업</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>공지</translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation>강조된 메시지</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>자선 기부</translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation>연속 시청</translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation>방송 종료</translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation>제목 또는 카테고리 변경</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation>즐겨찾기 추가(Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation>즐겨찾기 추가</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>알림(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>즐겨찾기에서 제거(&amp;R)</translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation>즐겨찾기 없음</translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation>+를 눌러 시청하는 채널을 추가하세요.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation>Streamside 승인</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation>방송 알림</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation>방송 알림</translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation>즐겨찾기 방송 알림</translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation>로그인하면 Streamside가 즐겨찾기의 방송 시작을 어떻게 알아내는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation>아직 즐겨찾기가 없습니다. 시청하는 채널을 추가하면(Ctrl+N) 방송을 시작할 때 알려 드립니다.</translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation>Twitch에서는 사용자당 총 구독 비용을 %1(으)로 제한하며, 이는 열려 있는 채널과 공유됩니다. 순서상 앞쪽에 있는 즐겨찾기는 즉시 알림을 받고, 나머지는 1분마다 확인합니다. 사이드바에서 즐겨찾기를 드래그하여 선택하세요.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation>즉시 알림을 받는 즐겨찾기: %1/%2. 구독 비용: %3/%4.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation>즉시 알림을 받는 즐겨찾기: %1/%2. 구독 비용: %3/%4(열린 채널이 %5 사용).</translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation>즉시(EventSub)</translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation>이 채널이 방송을 시작하는 즉시 Twitch가 Streamside에 알립니다.</translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation>1분마다 확인</translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation>즉시 알림 대상이지만 Twitch가 구독을 수락할 때까지 1분마다 확인합니다.</translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation>Twitch의 구독 비용 한도를 초과했습니다. Streamside가 1분마다 이 채널이 방송 중인지 Twitch에 확인합니다.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation>브라우저를 열 수 없습니다. 링크를 직접 여세요.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation>Streamside를 Twitch에 연결</translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation>Streamside에는 Twitch에 등록된 애플리케이션의 클라이언트 ID가 필요합니다. Twitch 개발자 콘솔에서 OAuth 리디렉션 URL을 &lt;b&gt;http://localhost:17563&lt;/b&gt;, 클라이언트 유형을 &lt;b&gt;Public&lt;/b&gt;으로 하여 애플리케이션을 등록한 다음 해당 클라이언트 ID를 여기에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation>Twitch 클라이언트 ID</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>저장하고 계속</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>대신 데모 사용해 보기</translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation>Twitch로 로그인</translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation>Streamside는 브라우저에서 Twitch를 열어 권한을 요청합니다. 비밀번호는 Streamside에 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>대신 코드 사용</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>데모 사용해 보기</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>브라우저에서 계속하세요</translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation>인증 링크</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation>앱에서 승인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation>코드로 로그인</translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation>아무 기기에서나 아래 링크를 열고 Twitch에 로그인한 다음 이 코드를 입력하세요:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>입력할 코드</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>확인 링크</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인하는 중…</translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation>브라우저에서 Twitch를 열었습니다. 그곳에서 Streamside를 승인하세요. 이 창은 자동으로 계속 진행됩니다.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation>브라우저를 열 수 없습니다. 이 링크를 직접 브라우저에서 여세요. 이 창은 자동으로 계속 진행됩니다.</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>이 코드는 %1까지 유효합니다.</translation>
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
        <translation>아직 즐겨찾기가 없습니다</translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation>즐겨찾는 스트리머가 여기에 표시됩니다. 라이브 플레이어, 채팅, 채널의 최근 이벤트를 나란히 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation>Twitch 연결</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation>즐겨찾기 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation>즐겨찾기 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation>즐겨찾기 알림(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>로그아웃(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation>다음 즐겨찾기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation>이전 즐겨찾기(&amp;P)</translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation>채팅 입력란에 포커스(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>이벤트 표시(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation>Streamside 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation>Streamside 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;Twitch용 네이티브 데스크톱 컴패니언 앱입니다. 즐겨찾는 채널의 라이브 플레이어, 채팅, 최근 이벤트를 한 창에서 볼 수 있습니다.&lt;/p&gt;&lt;p&gt;MIT 라이선스의 자유 소프트웨어입니다. Twitch와 제휴 관계가 없습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>The demo&apos;s window title; the desktop shows it as &quot;Demo — Streamside&quot;</extracomment>
        <translation>데모</translation>
    </message>
</context>
<context>
    <name>streamside::ui::SettingsDialog</name>
    <message>
        <source>Full events for my own channel</source>
        <translation>내 채널의 전체 이벤트</translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation>로그인할 때 Streamside 시작</translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation>데스크톱에 로그인하면 트레이(또는 최소화된 상태)에서 시작되므로 즐겨찾기의 방송 시작을 놓치지 않습니다.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation>내 채널의 팔로우, 구독, 응원, 채널 포인트 사용, 하이프 트레인, 투표, 예측, 목표, 자선 활동, 광고 시간입니다. Twitch에서 이 권한을 별도로 요청합니다.</translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation>Twitch 로그인 정보는 암호화되어 저장되며, 그 키는 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation>&lt;b&gt;사용 가능한 시스템 키체인이 없습니다&lt;/b&gt;: Twitch 로그인 정보가 내 사용자 계정만 읽을 수 있는 파일에 암호화되지 않은 상태로 저장됩니다. (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation>Twitch 애플리케이션:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the system&apos;s language, by its own name.</extracomment>
        <translation>시스템 기본값 (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
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
        <translation>플레이어를 불러오는 중…</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>채팅을 불러오는 중…</translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation>플레이어를 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation>채팅을 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>플레이어</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln viewer(s)</source>
        <translation>
            <numerusform>%1 · 시청자 %Ln명</numerusform>
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
        <translation>Streamside 열기</translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation>방송 중인 즐겨찾기가 없습니다</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>방해 금지</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1시간 동안</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>내일까지</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation>Streamside 종료</translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>%1까지 켜짐</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>지금 방송 중</translation>
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
            <numerusform>Streamside: 읽지 않은 이벤트 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation>이 페이지를 불러올 수 없습니다(%1). 연결을 확인하고 다시 시도하세요.</translation>
    </message>
</context>
</TS>
