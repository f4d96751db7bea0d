<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AppPaths</name>
    <message>
        <source>No folder for Streamside&apos;s data could be determined.</source>
        <translation>Não foi possível determinar uma pasta para os dados do Streamside.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>ClientIdResolution</name>
    <message>
        <source>Paste the client id of your Twitch application.</source>
        <translation>Cole o client id do seu aplicativo da Twitch.</translation>
    </message>
    <message>
        <source>A Twitch client id is made of letters and digits only (up to 64), as shown in the Twitch developer console.</source>
        <translation>Um client id da Twitch contém apenas letras e dígitos (até 64), como mostrado no console de desenvolvedor da Twitch.</translation>
    </message>
    <message>
        <source>Streamside needs the client id of a Twitch application to log in. Register one at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its client id here.</source>
        <translation>O Streamside precisa do client id de um aplicativo da Twitch para fazer login. Registre um em dev.twitch.tv (tipo de cliente: Público, URL de redirecionamento OAuth %1) e cole o client id dele aqui.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Streamside: a Twitch companion with the live player, chat and the latest events of your favourite channels in one window.</source>
        <translation>Streamside: um companheiro do Twitch com o player ao vivo, o chat e os eventos mais recentes dos seus canais favoritos em uma única janela.</translation>
    </message>
    <message>
        <source>Run against the built-in Twitch simulator, with a separate profile.</source>
        <translation>Executar com o simulador de Twitch integrado, com um perfil separado.</translation>
    </message>
    <message>
        <source>Open the channel LOGIN at start.</source>
        <translation>Abrir o canal LOGIN ao iniciar.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>Iniciar sem mostrar a janela.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>Argumento inesperado &apos;%1&apos;; veja --help.</translation>
    </message>
    <message>
        <source>--channel: &apos;%1&apos; is not a Twitch login (letters, digits and underscores, at most 25).</source>
        <extracomment>%1 is what was given</extracomment>
        <translation>--channel: &apos;%1&apos; não é um login da Twitch (letras, dígitos e sublinhados, no máximo 25).</translation>
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
        <translation>Nível 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Nível 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Nível 3</translation>
    </message>
    <message>
        <source>An anonymous viewer</source>
        <translation>Um espectador anônimo</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>%1 subscribed</source>
        <extracomment>%1 is a viewer, %2 a subscription tier such as &quot;Tier 1&quot; or &quot;Prime&quot;</extracomment>
        <translation>%1 se inscreveu</translation>
    </message>
    <message>
        <source>%1 subscribed with %2</source>
        <translation>%1 se inscreveu com %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 resubscribed for %Ln month(s)</source>
        <extracomment>%1 is a viewer; %Ln the total months subscribed</extracomment>
        <translation>
            <numerusform>%1 renovou a inscrição por %Ln mês</numerusform>
            <numerusform>%1 renovou a inscrição por %Ln meses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resubscribed</source>
        <translation>%1 renovou a inscrição</translation>
    </message>
    <message>
        <source>%1 gifted a sub to %2</source>
        <extracomment>%1 gave a subscription to %2</extracomment>
        <translation>%1 presenteou %2 com uma inscrição</translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %Ln sub(s) to the community</source>
        <translation>
            <numerusform>%1 presenteou a comunidade com %Ln inscrição</numerusform>
            <numerusform>%1 presenteou a comunidade com %Ln inscrições</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is continuing the gift sub from %2</source>
        <extracomment>%1 now pays for the subscription that %2 had gifted them</extracomment>
        <translation>%1 está continuando a inscrição presenteada por %2</translation>
    </message>
    <message>
        <source>%1 upgraded their Prime sub</source>
        <translation>%1 atualizou a inscrição Prime</translation>
    </message>
    <message>
        <source>%1 is paying forward the gift from %2</source>
        <translation>%1 está repassando o presente de %2</translation>
    </message>
    <message>
        <source>%1&apos;s subscription ended</source>
        <translation>A inscrição de %1 terminou</translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %Ln viewer(s)</source>
        <extracomment>%1 is the raiding channel; %Ln the number of viewers it brought</extracomment>
        <translation>
            <numerusform>%1 fez uma reide com %Ln espectador</numerusform>
            <numerusform>%1 fez uma reide com %Ln espectadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %Ln viewer(s)</source>
        <translation>
            <numerusform>Fazendo uma reide em %1 com %Ln espectador</numerusform>
            <numerusform>Fazendo uma reide em %1 com %Ln espectadores</numerusform>
        </translation>
    </message>
    <message>
        <source>The raid was cancelled</source>
        <translation>A reide foi cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %Ln bit(s)</source>
        <translation>
            <numerusform>%1 animou com %Ln Bit</numerusform>
            <numerusform>%1 animou com %Ln Bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %Ln bit(s)</source>
        <translation>
            <numerusform>%1 usou %Ln Bit</numerusform>
            <numerusform>%1 usou %Ln Bits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked the %2 bits badge</source>
        <extracomment>%1 is a viewer, %2 a number of bits such as 1,000</extracomment>
        <translation>%1 desbloqueou o emblema de %2 Bits</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>Anúncio de %1</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>Anúncio: %1</translation>
    </message>
    <message>
        <source>%1 donated %2 to %3</source>
        <extracomment>%1 is a viewer, %2 an amount of money, %3 the charity</extracomment>
        <translation>%1 doou %2 para %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %Ln stream(s) in a row</source>
        <translation>
            <numerusform>%1 assistiu a %Ln transmissão seguida</numerusform>
            <numerusform>%1 assistiu a %Ln transmissões seguidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared a watch streak</source>
        <translation>%1 compartilhou uma sequência de transmissões assistidas</translation>
    </message>
    <message>
        <source>%1 highlighted a message</source>
        <translation>%1 destacou uma mensagem</translation>
    </message>
    <message>
        <source>%1 used a Power-up</source>
        <translation>%1 usou um Power-up</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The chat was cleared</source>
        <translation>O chat foi limpo</translation>
    </message>
    <message>
        <source>A message from %1 was deleted</source>
        <translation>Uma mensagem de %1 foi excluída</translation>
    </message>
    <message>
        <source>The chat settings changed</source>
        <translation>As configurações do chat mudaram</translation>
    </message>
    <message>
        <source>%1 went live</source>
        <translation>%1 entrou ao vivo</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>%1 ficou offline</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <extracomment>%1 is the new stream title, %2 the category (game)</extracomment>
        <translation>Novo título: %1</translation>
    </message>
    <message>
        <source>New title: %1 (%2)</source>
        <translation>Novo título: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 followed</source>
        <translation>%1 começou a seguir</translation>
    </message>
    <message>
        <source>%1 redeemed %2</source>
        <extracomment>%1 is a viewer, %2 a channel-points reward</extracomment>
        <translation>%1 resgatou %2</translation>
    </message>
    <message>
        <source>A hype train started</source>
        <translation>Um Trem do Hype começou</translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %Ln</source>
        <translation>
            <numerusform>O Trem do Hype chegou ao nível %Ln</numerusform>
            <numerusform>O Trem do Hype chegou ao nível %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %Ln</source>
        <translation>
            <numerusform>O Trem do Hype terminou no nível %Ln</numerusform>
            <numerusform>O Trem do Hype terminou no nível %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>Enquete: %1</translation>
    </message>
    <message>
        <source>Poll update: %1</source>
        <translation>Enquete atualizada: %1</translation>
    </message>
    <message>
        <source>Poll ended: %1</source>
        <translation>Enquete encerrada: %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>Palpite: %1</translation>
    </message>
    <message>
        <source>Prediction update: %1</source>
        <translation>Palpite atualizado: %1</translation>
    </message>
    <message>
        <source>Prediction locked: %1</source>
        <translation>Palpite bloqueado: %1</translation>
    </message>
    <message>
        <source>Prediction ended: %1</source>
        <translation>Palpite encerrado: %1</translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %Ln second(s) started</source>
        <translation>
            <numerusform>Começou um intervalo comercial de %Ln segundo</numerusform>
            <numerusform>Começou um intervalo comercial de %Ln segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal started: %1</source>
        <translation>Meta iniciada: %1</translation>
    </message>
    <message>
        <source>Goal progress: %1</source>
        <translation>Progresso da meta: %1</translation>
    </message>
    <message>
        <source>Goal ended: %1</source>
        <translation>Meta encerrada: %1</translation>
    </message>
    <message>
        <source>A charity campaign for %1 started</source>
        <translation>Uma campanha beneficente para %1 começou</translation>
    </message>
    <message>
        <source>The charity campaign for %1 progressed</source>
        <translation>A campanha beneficente para %1 avançou</translation>
    </message>
    <message>
        <source>The charity campaign for %1 ended</source>
        <translation>A campanha beneficente para %1 terminou</translation>
    </message>
    <message>
        <source>Shoutout to %1</source>
        <translation>Shoutout para %1</translation>
    </message>
    <message>
        <source>%1 gave this channel a shoutout</source>
        <translation>%1 deu um shoutout para este canal</translation>
    </message>
    <message>
        <source>Shield mode is on</source>
        <translation>O Modo Escudo está ativado</translation>
    </message>
    <message>
        <source>Shield mode is off</source>
        <translation>O Modo Escudo está desativado</translation>
    </message>
    <message>
        <source>A shared chat started</source>
        <translation>Um chat compartilhado começou</translation>
    </message>
    <message>
        <source>The shared chat changed</source>
        <translation>O chat compartilhado mudou</translation>
    </message>
    <message>
        <source>The shared chat ended</source>
        <translation>O chat compartilhado terminou</translation>
    </message>
    <message>
        <source>Twitch event: %1</source>
        <extracomment>%1 is a Twitch event type Streamside does not know, e.g. &quot;channel.new_thing&quot;</extracomment>
        <translation>Evento da Twitch: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Streamside cannot start</source>
        <translation>O Streamside não pode ser iniciado</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>agora</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>minutes ago, in a narrow column</extracomment>
        <translation>
            <numerusform>há %Ln min</numerusform>
            <numerusform>há %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>hours ago, in a narrow column</extracomment>
        <translation>
            <numerusform>há %Ln h</numerusform>
            <numerusform>há %Ln h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The account could not be saved.</source>
        <translation>Não foi possível salvar a conta.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Não foi possível remover a conta.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Não é possível criar a pasta %1 para o banco de dados.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Não é possível criar o banco de dados %1: %2.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Não foi possível abrir o banco de dados.</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>Não foi possível verificar o banco de dados.</translation>
    </message>
    <message>
        <source>The database failed its integrity check (%1).</source>
        <translation>O banco de dados falhou na verificação de integridade (%1).</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s version.</source>
        <translation>Não é possível ler a versão do banco de dados.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Streamside (schema %2; this version knows up to %3). Update Streamside.</source>
        <translation>O banco de dados %1 foi gravado por uma versão mais recente do Streamside (esquema %2; esta versão conhece até o %3). Atualize o Streamside.</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1.</source>
        <translation>Não foi possível atualizar o banco de dados para a versão %1.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>Não foi possível atualizar o banco de dados.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>O banco de dados não está aberto.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be moved aside.</source>
        <translation>O banco de dados %1 está danificado e não pode ser guardado à parte.</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is now private to you.</source>
        <translation>%1 podia ser lido por outros usuários; agora ele é privado para você.</translation>
    </message>
    <message>
        <source>An event could not be saved.</source>
        <translation>Não foi possível salvar um evento.</translation>
    </message>
    <message>
        <source>Old events could not be removed.</source>
        <translation>Não foi possível remover os eventos antigos.</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>Não foi possível ler o histórico de eventos.</translation>
    </message>
    <message>
        <source>The favourites could not be read.</source>
        <translation>Não foi possível ler os favoritos.</translation>
    </message>
    <message>
        <source>The favourite could not be added.</source>
        <translation>Não foi possível adicionar o favorito.</translation>
    </message>
    <message>
        <source>The favourite could not be removed.</source>
        <translation>Não foi possível remover o favorito.</translation>
    </message>
    <message>
        <source>The favourites could not be reordered.</source>
        <translation>Não foi possível reordenar os favoritos.</translation>
    </message>
    <message>
        <source>The channel is not a favourite.</source>
        <translation>O canal não é um favorito.</translation>
    </message>
    <message>
        <source>The notification rules could not be saved.</source>
        <translation>Não foi possível salvar as regras de notificação.</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved.</source>
        <translation>Não foi possível salvar a configuração %1.</translation>
    </message>
    <message>
        <source>The setting %1 could not be reset.</source>
        <translation>Não foi possível redefinir a configuração %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what could not be done, %2 why (two sentences; languages that write no space between sentences leave it out)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1).</source>
        <translation>O banco de dados está em uso por outro programa (%1).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; everything saved before is kept.</source>
        <translation>O disco está cheio. Libere algum espaço; tudo o que foi salvo antes é mantido.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>Não é possível gravar no banco de dados (%1).</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>O banco de dados está danificado (%1).</translation>
    </message>
    <message>
        <source>The database said: %1.</source>
        <extracomment>%1 is the database&apos;s own description of the problem</extracomment>
        <translation>O banco de dados informou: %1.</translation>
    </message>
</context>
<context>
    <name>WebModuleLoader</name>
    <message>
        <source>The web view module could not be loaded (%1).</source>
        <translation>Não foi possível carregar o módulo de visualização web (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::AuthSession</name>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Sua sessão da Twitch terminou — faça login novamente.</translation>
    </message>
    <message>
        <source>Your saved Twitch login could not be read — log in again.</source>
        <translation>Não foi possível ler o login da Twitch salvo — faça login novamente.</translation>
    </message>
    <message>
        <source>Twitch gave no access token.</source>
        <translation>A Twitch não forneceu um token de acesso.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Não foi possível conectar à Twitch (%1).</translation>
    </message>
    <message>
        <source>Twitch did not accept the login (%1).</source>
        <translation>A Twitch não aceitou o login (%1).</translation>
    </message>
    <message>
        <source>The login was made for another application.</source>
        <translation>O login foi feito para outro aplicativo.</translation>
    </message>
    <message>
        <source>The token is not a user&apos;s token.</source>
        <translation>O token não é um token de usuário.</translation>
    </message>
</context>
<context>
    <name>streamside::DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>O código expirou antes de ser aprovado. Comece de novo para obter um novo código.</translation>
    </message>
    <message>
        <source>No Twitch application is configured: enter a client id first.</source>
        <translation>Nenhum aplicativo da Twitch está configurado: insira um client id primeiro.</translation>
    </message>
    <message>
        <source>Twitch answered the sign-in request in an unexpected way.</source>
        <translation>A Twitch respondeu ao pedido de login de forma inesperada.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Login cancelado.</translation>
    </message>
    <message>
        <source>The sign-in was denied at Twitch.</source>
        <translation>O login foi negado na Twitch.</translation>
    </message>
    <message>
        <source>Twitch could not be reached (%1).</source>
        <translation>Não foi possível conectar à Twitch (%1).</translation>
    </message>
    <message>
        <source>Twitch does not know this application&apos;s client id (%1).</source>
        <translation>A Twitch não reconhece o client id deste aplicativo (%1).</translation>
    </message>
    <message>
        <source>Twitch refused the sign-in (%1).</source>
        <translation>A Twitch recusou o login (%1).</translation>
    </message>
</context>
<context>
    <name>streamside::EventSubConnection</name>
    <message>
        <source>no message from Twitch for %1 s</source>
        <translation>nenhuma mensagem da Twitch há %1 s</translation>
    </message>
    <message>
        <source>Twitch did not welcome the connection within %1 s</source>
        <translation>A Twitch não confirmou a conexão em %1 s</translation>
    </message>
    <message>
        <source>Twitch closed the connection: internal server error</source>
        <translation>A Twitch encerrou a conexão: erro interno do servidor</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client sent a message</source>
        <translation>A Twitch encerrou a conexão: o cliente enviou uma mensagem</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the client did not answer a ping</source>
        <translation>A Twitch encerrou a conexão: o cliente não respondeu a um ping</translation>
    </message>
    <message>
        <source>Twitch closed the connection: no subscription was made in time</source>
        <translation>A Twitch encerrou a conexão: nenhuma assinatura de eventos foi feita a tempo</translation>
    </message>
    <message>
        <source>Twitch closed the connection: the reconnect grace time expired</source>
        <translation>A Twitch encerrou a conexão: o prazo para reconectar expirou</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network timeout</source>
        <translation>A Twitch encerrou a conexão: tempo limite da rede esgotado</translation>
    </message>
    <message>
        <source>Twitch closed the connection: network error</source>
        <translation>A Twitch encerrou a conexão: erro de rede</translation>
    </message>
    <message>
        <source>Twitch closed the connection: invalid reconnect URL</source>
        <translation>A Twitch encerrou a conexão: URL de reconexão inválida</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1)</source>
        <translation>A Twitch encerrou a conexão (código %1)</translation>
    </message>
    <message>
        <source>Twitch closed the connection (code %1: %2)</source>
        <translation>A Twitch encerrou a conexão (código %1: %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>conectando a %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>a binary frame (%1 bytes); Twitch sends text frames</source>
        <translation>um frame binário (%1 bytes); a Twitch envia frames de texto</translation>
    </message>
    <message>
        <source>connection to Twitch lost</source>
        <translation>conexão com a Twitch perdida</translation>
    </message>
    <message>
        <source>connection to Twitch lost (%1)</source>
        <translation>conexão com a Twitch perdida (%1)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverClient</name>
    <message>
        <source>The previous Streamside did not answer in time.</source>
        <translation>O Streamside anterior não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Could not reach the previous Streamside: %1</source>
        <translation>Não foi possível contatar o Streamside anterior: %1</translation>
    </message>
    <message>
        <source>The previous Streamside closed without handing over.</source>
        <translation>O Streamside anterior foi fechado sem passar o controle.</translation>
    </message>
    <message>
        <source>The previous Streamside answered something unexpected.</source>
        <translation>O Streamside anterior deu uma resposta inesperada.</translation>
    </message>
</context>
<context>
    <name>streamside::HandOverServer</name>
    <message>
        <source>Could not listen for a successor: %1</source>
        <translation>Não foi possível aguardar um sucessor: %1</translation>
    </message>
</context>
<context>
    <name>streamside::HelixClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Nenhuma resposta em %n segundo</numerusform>
            <numerusform>Nenhuma resposta em %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::KeychainKeyStore</name>
    <message>
        <source>The key in the keychain has the wrong size.</source>
        <translation>A chave no chaveiro tem o tamanho errado.</translation>
    </message>
</context>
<context>
    <name>streamside::LoopbackLoginFlow</name>
    <message numerus="yes">
        <source>No answer came from your browser within %n minute(s). Start the login again.</source>
        <translation>
            <numerusform>Seu navegador não respondeu em %n minuto. Inicie o login novamente.</numerusform>
            <numerusform>Seu navegador não respondeu em %n minutos. Inicie o login novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Twitch application is configured, so there is nothing to log in to. Set STREAMSIDE_CLIENT_ID to the client id of a registered application.</source>
        <translation>Nenhum aplicativo da Twitch está configurado, então não há onde fazer login. Defina STREAMSIDE_CLIENT_ID como o client id de um aplicativo registrado.</translation>
    </message>
    <message>
        <source>Streamside could not open your web browser. Copy the login link into your browser to continue.</source>
        <translation>O Streamside não conseguiu abrir seu navegador. Copie o link de login no navegador para continuar.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <source>Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch only sends the login back to an address registered for the application, so http://localhost:&lt;port&gt; with the new port must be registered there too.</source>
        <translation>Escolha outra porta com a variável de ambiente STREAMSIDE_REDIRECT_PORT. A Twitch só devolve o login para um endereço registrado no aplicativo, então http://localhost:&lt;port&gt; com a nova porta também precisa estar registrado lá.</translation>
    </message>
    <message>
        <source>No port is configured for receiving the login from your browser.</source>
        <translation>Nenhuma porta está configurada para receber o login do seu navegador.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already used by another program, so Streamside cannot receive the login from your browser. Close that program and try again.</source>
        <translation>A porta %1 deste computador já está em uso por outro programa, então o Streamside não pode receber o login do seu navegador. Feche esse programa e tente novamente.</translation>
    </message>
    <message>
        <source>Streamside cannot receive the login from your browser on port %1: %2.</source>
        <translation>O Streamside não pode receber o login do seu navegador na porta %1: %2.</translation>
    </message>
    <message>
        <source>Streamside</source>
        <translation>Streamside</translation>
    </message>
    <message>
        <source>Not a login request</source>
        <translation>Não é um pedido de login</translation>
    </message>
    <message>
        <source>Streamside only answers the login redirect here.</source>
        <translation>Aqui o Streamside só responde ao redirecionamento do login.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Endereço incorreto</translation>
    </message>
    <message>
        <source>This address does not belong to Streamside&apos;s login.</source>
        <translation>Este endereço não pertence ao login do Streamside.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Não permitido</translation>
    </message>
    <message>
        <source>Only Streamside&apos;s own login page may send this.</source>
        <translation>Somente a própria página de login do Streamside pode enviar isto.</translation>
    </message>
    <message>
        <source>This login is over</source>
        <translation>Este login já terminou</translation>
    </message>
    <message>
        <source>Streamside is not waiting for a login any more. You can close this tab; to log in, start again from Streamside.</source>
        <translation>O Streamside não está mais aguardando um login. Você pode fechar esta aba; para fazer login, comece de novo pelo Streamside.</translation>
    </message>
    <message>
        <source>Logging in to Streamside</source>
        <translation>Fazendo login no Streamside</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>Concluindo o login…</translation>
    </message>
    <message>
        <source>Streamside did not answer. Start the login again from Streamside.</source>
        <translation>O Streamside não respondeu. Inicie o login novamente pelo Streamside.</translation>
    </message>
    <message>
        <source>Turn on JavaScript for this page to finish logging in to Streamside.</source>
        <translation>Ative o JavaScript nesta página para concluir o login no Streamside.</translation>
    </message>
    <message>
        <source>Not a login answer</source>
        <translation>Não é uma resposta de login</translation>
    </message>
    <message>
        <source>This is not an answer from Twitch.</source>
        <translation>Esta não é uma resposta da Twitch.</translation>
    </message>
    <message>
        <source>This answer from Twitch belongs to another login attempt. Use the newest login tab, or start the login again from Streamside.</source>
        <translation>Esta resposta da Twitch pertence a outra tentativa de login. Use a aba de login mais recente ou inicie o login novamente pelo Streamside.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>Não é este login</translation>
    </message>
    <message>
        <source>Login cancelled - Streamside</source>
        <translation>Login cancelado - Streamside</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Login cancelado</translation>
    </message>
    <message>
        <source>You did not log in to Streamside. You can close this tab.</source>
        <translation>Você não fez login no Streamside. Você pode fechar esta aba.</translation>
    </message>
    <message>
        <source>You cancelled the login at Twitch.</source>
        <translation>Você cancelou o login na Twitch.</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>A Twitch recusou o login: %1</translation>
    </message>
    <message>
        <source>Login failed - Streamside</source>
        <translation>Falha no login - Streamside</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Falha no login</translation>
    </message>
    <message>
        <source>This answer from Twitch has no token in it.</source>
        <translation>Esta resposta da Twitch não contém nenhum token.</translation>
    </message>
    <message>
        <source>Logged in - Streamside</source>
        <translation>Login feito - Streamside</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Login feito</translation>
    </message>
    <message>
        <source>You are logged in to Streamside. You can close this tab.</source>
        <translation>Você fez login no Streamside. Você pode fechar esta aba.</translation>
    </message>
</context>
<context>
    <name>streamside::NotificationPolicy</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 está ao vivo</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in %1&apos;s channel</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>
            <numerusform>%n novo evento no canal de %1</numerusform>
            <numerusform>%n novos eventos no canal de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::OAuthClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Nenhuma resposta em %n segundo</numerusform>
            <numerusform>Nenhuma resposta em %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::SubscriptionPlanner</name>
    <message>
        <source>You are banned from this channel&apos;s chat, so its chat events stopped.</source>
        <translation>Você foi banido do chat deste canal, então os eventos do chat pararam.</translation>
    </message>
    <message>
        <source>Streamside&apos;s access to your Twitch account was withdrawn, so these events stopped. Log in again to get them back.</source>
        <translation>O acesso do Streamside à sua conta da Twitch foi revogado, então estes eventos pararam. Faça login novamente para recebê-los de volta.</translation>
    </message>
    <message>
        <source>This Twitch account was closed or suspended, so its events stopped.</source>
        <translation>Esta conta da Twitch foi encerrada ou suspensa, então os eventos dela pararam.</translation>
    </message>
    <message>
        <source>Twitch no longer offers this kind of event in the form Streamside asks for. An update of Streamside will bring it back.</source>
        <translation>A Twitch não oferece mais este tipo de evento no formato que o Streamside pede. Uma atualização do Streamside vai trazê-lo de volta.</translation>
    </message>
    <message>
        <source>You are no longer a moderator of this channel, so its moderator events (follows, shoutouts) stopped.</source>
        <translation>Você não é mais moderador deste canal, então os eventos de moderação (seguidores, shoutouts) pararam.</translation>
    </message>
    <message>
        <source>Twitch stopped sending these events (%1).</source>
        <translation>A Twitch parou de enviar estes eventos (%1).</translation>
    </message>
    <message>
        <source>Twitch kept asking Streamside to slow down.</source>
        <translation>A Twitch continuou pedindo ao Streamside para diminuir o ritmo.</translation>
    </message>
    <message>
        <source>Twitch&apos;s limit on event subscriptions is reached.</source>
        <translation>O limite de assinaturas de eventos da Twitch foi atingido.</translation>
    </message>
    <message>
        <source>Twitch did not answer properly (%1).</source>
        <translation>A Twitch não respondeu corretamente (%1).</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>não autorizado</translation>
    </message>
    <message>
        <source>Some events of this channel are unavailable: %1</source>
        <translation>Alguns eventos deste canal não estão disponíveis: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AddFavouriteDialog</name>
    <message>
        <source>Add a favourite</source>
        <translation>Adicionar um favorito</translation>
    </message>
    <message>
        <source>Channel name or login</source>
        <translation>Nome ou login do canal</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>Canal a adicionar</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>Canais correspondentes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>%1 — live: %2</source>
        <translation>%1 — ao vivo: %2</translation>
    </message>
    <message>
        <source>No channel matches “%1”.</source>
        <translation>Nenhum canal corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Twitch could not be searched: %1</source>
        <translation>Não foi possível pesquisar na Twitch: %1</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch login: logins have letters, digits and underscores only.</source>
        <translation>“%1” não é um login da Twitch: logins têm apenas letras, dígitos e sublinhados.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1.</source>
        <translation>Não há nenhum canal da Twitch chamado %1.</translation>
    </message>
    <message>
        <source>Twitch could not be asked: %1</source>
        <translation>Não foi possível consultar a Twitch: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::AppController</name>
    <message>
        <source>Starting Streamside…</source>
        <translation>Iniciando o Streamside…</translation>
    </message>
    <message>
        <source>Opening your profile.</source>
        <translation>Abrindo seu perfil.</translation>
    </message>
    <message>
        <source>The demo&apos;s Twitch simulator could not start: %1</source>
        <translation>O simulador da Twitch da demonstração não pôde ser iniciado: %1</translation>
    </message>
    <message>
        <source>Streamside cannot open its data</source>
        <translation>O Streamside não consegue abrir seus dados</translation>
    </message>
    <message>
        <source>Your data was damaged</source>
        <translation>Seus dados estavam danificados</translation>
    </message>
    <message>
        <source>Streamside&apos;s database was damaged and has been set aside as %1. A new one was started: log in and add your favourites again.</source>
        <translation>O banco de dados do Streamside estava danificado e foi guardado como %1. Um novo foi criado: faça login e adicione seus favoritos novamente.</translation>
    </message>
    <message>
        <source>Live events connected</source>
        <translation>Eventos ao vivo conectados</translation>
    </message>
    <message>
        <source>Connecting to Twitch…</source>
        <translation>Conectando à Twitch…</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>Reconectando: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Você está desconectado.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Checking your Twitch session.</source>
        <translation>Verificando sua sessão da Twitch.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar com o sistema</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Nenhum favorito ainda</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>Escolha um canal</translation>
    </message>
    <message>
        <source>Press Ctrl+N or + to add the channels you watch.</source>
        <translation>Pressione Ctrl+N ou + para adicionar os canais que você assiste.</translation>
    </message>
    <message>
        <source>Choose one of your favourites on the left.</source>
        <translation>Escolha um dos seus favoritos à esquerda.</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>Offline: não conectado</translation>
    </message>
    <message>
        <source>Your Twitch session has ended — log in again.</source>
        <translation>Sua sessão da Twitch terminou — faça login novamente.</translation>
    </message>
    <message>
        <source>No Twitch channel called %1</source>
        <translation>Não há nenhum canal da Twitch chamado %1</translation>
    </message>
    <message>
        <source>Check the spelling, or choose one of your favourites.</source>
        <translation>Verifique a ortografia ou escolha um dos seus favoritos.</translation>
    </message>
    <message>
        <source>The channel could not be opened</source>
        <translation>Não foi possível abrir o canal</translation>
    </message>
    <message>
        <source>The favourite was not added</source>
        <translation>O favorito não foi adicionado</translation>
    </message>
    <message>
        <source>The favourite was not removed</source>
        <translation>O favorito não foi removido</translation>
    </message>
    <message>
        <source>The notifications were not changed</source>
        <translation>As notificações não foram alteradas</translation>
    </message>
    <message>
        <source>Twitch did not post the message: %1</source>
        <translation>A Twitch não publicou a mensagem: %1</translation>
    </message>
    <message>
        <source>You are sending messages too quickly. Wait a moment and retry.</source>
        <translation>Você está enviando mensagens rápido demais. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>You cannot chat in this channel (you may be banned or timed out).</source>
        <translation>Você não pode conversar neste canal (talvez tenha sido banido ou suspenso temporariamente).</translation>
    </message>
    <message>
        <source>Twitch could not be reached; the message was not sent.</source>
        <translation>Não foi possível conectar à Twitch; a mensagem não foi enviada.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>A mensagem não foi enviada: %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::BackgroundRestart</name>
    <message>
        <source>The new Streamside was not ready in time.</source>
        <translation>O novo Streamside não ficou pronto a tempo.</translation>
    </message>
    <message>
        <source>The window was shown again.</source>
        <translation>A janela foi exibida novamente.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Não foi possível iniciar %1.</translation>
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
        <translation>Mensagem do chat</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Enviar uma mensagem</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>Enviar mensagem no chat</translation>
    </message>
    <message>
        <source>Send a message to %1&apos;s chat</source>
        <translation>Enviar uma mensagem no chat de %1</translation>
    </message>
</context>
<context>
    <name>streamside::ui::CloseToTrayGuard</name>
    <message>
        <source>No system tray</source>
        <translation>Sem bandeja do sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Streamside instead of keeping it running in the background.</source>
        <translation>Este ambiente de trabalho não tem bandeja do sistema, então fechar a janela encerra o Streamside em vez de mantê-lo em execução em segundo plano.</translation>
    </message>
    <message>
        <source>Streamside keeps running</source>
        <translation>O Streamside continua em execução</translation>
    </message>
    <message>
        <source>Streamside is still running in the system tray and will tell you when your favourites go live. Choose Quit in the tray menu to end it.</source>
        <translation>O Streamside continua em execução na bandeja do sistema e avisará quando seus favoritos entrarem ao vivo. Escolha Sair no menu da bandeja para encerrá-lo.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Não mostrar novamente</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DemoKeyStore</name>
    <message>
        <source>The demo keeps the simulator&apos;s tokens unencrypted in its own profile.</source>
        <translation>A demonstração guarda os tokens do simulador sem criptografia no próprio perfil.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>streamside::ui::EventsPanel</name>
    <message>
        <source>Latest events</source>
        <translation>Eventos recentes</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Nenhum evento ainda</translation>
    </message>
    <message>
        <source>Subs, gifted subs, raids, cheers, announcements, going live and title changes appear here the moment they happen. Follows and channel-point redemptions are shared only with the broadcaster, so they show up only on your own channel.</source>
        <translation>Inscrições, inscrições de presente, reides, Cheers, anúncios, entradas ao vivo e mudanças de título aparecem aqui assim que acontecem. Novos seguidores e resgates de pontos do canal são compartilhados apenas com o streamer, então só aparecem no seu próprio canal.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouriteNotificationsDialog</name>
    <message>
        <source>Notifications for %1</source>
        <translation>Notificações de %1</translation>
    </message>
    <message>
        <source>When %1 goes &amp;live</source>
        <extracomment>%1 is the channel</extracomment>
        <translation>Quando %1 entrar ao &amp;vivo</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>Events that notify</source>
        <translation>Eventos que notificam</translation>
    </message>
    <message>
        <source>While %1&apos;s channel is open in Streamside and its window is not in front, these events show a notification.</source>
        <translation>Enquanto o canal de %1 estiver aberto no Streamside e a janela não estiver em primeiro plano, estes eventos mostram uma notificação.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <source>Notify about all events</source>
        <translation>Notificar todos os eventos</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Nenhum</translation>
    </message>
    <message>
        <source>Notify about no events</source>
        <translation>Não notificar nenhum evento</translation>
    </message>
    <message>
        <source>New subscriptions</source>
        <translation>Novas inscrições</translation>
    </message>
    <message>
        <source>Resubscriptions</source>
        <translation>Renovações de inscrição</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Inscrições de presente</translation>
    </message>
    <message>
        <source>Gifts to the community</source>
        <translation>Presentes para a comunidade</translation>
    </message>
    <message>
        <source>Gifted subs continued</source>
        <translation>Inscrições de presente continuadas</translation>
    </message>
    <message>
        <source>Prime subs continued</source>
        <translation>Inscrições Prime continuadas</translation>
    </message>
    <message>
        <source>Gifts paid forward</source>
        <translation>Presentes repassados</translation>
    </message>
    <message>
        <source>Raids on the channel</source>
        <translation>Reides no canal</translation>
    </message>
    <message>
        <source>Raids by the channel</source>
        <translation>Reides feitas pelo canal</translation>
    </message>
    <message>
        <source>Cancelled raids</source>
        <translation>Reides canceladas</translation>
    </message>
    <message>
        <source>Cheers</source>
        <translation>Cheers</translation>
    </message>
    <message>
        <source>New Bits badges</source>
        <translation>Novos emblemas de Bits</translation>
    </message>
    <message>
        <source>Power-ups</source>
        <translation>Power-ups</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Anúncios</translation>
    </message>
    <message>
        <source>Highlighted messages</source>
        <translation>Mensagens destacadas</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>Doações beneficentes</translation>
    </message>
    <message>
        <source>Watch streaks</source>
        <translation>Sequências de transmissões assistidas</translation>
    </message>
    <message>
        <source>Stream ended</source>
        <translation>Transmissão encerrada</translation>
    </message>
    <message>
        <source>Title or category changed</source>
        <translation>Título ou categoria alterados</translation>
    </message>
</context>
<context>
    <name>streamside::ui::FavouritesSidebar</name>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Add a favourite (Ctrl+N)</source>
        <translation>Adicionar um favorito (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a favourite</source>
        <translation>Adicionar um favorito</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notificações…</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>&amp;Remover dos favoritos</translation>
    </message>
    <message>
        <source>No favourites</source>
        <translation>Nenhum favorito</translation>
    </message>
    <message>
        <source>Press + to add the channels you watch.</source>
        <translation>Pressione + para adicionar os canais que você assiste.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::InAppBrowser</name>
    <message>
        <source>Authorize Streamside</source>
        <translation>Autorizar o Streamside</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LiveAlertsSection</name>
    <message>
        <source>Live alerts</source>
        <translation>Alertas ao vivo</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Live alert</source>
        <translation>Alerta ao vivo</translation>
    </message>
    <message>
        <source>Live alerts of your favourites</source>
        <translation>Alertas ao vivo dos seus favoritos</translation>
    </message>
    <message>
        <source>Sign in to see how Streamside learns that your favourites go live.</source>
        <translation>Faça login para ver como o Streamside descobre que seus favoritos entraram ao vivo.</translation>
    </message>
    <message>
        <source>No favourites yet. Add the channels you watch (Ctrl+N) to be told when they go live.</source>
        <translation>Nenhum favorito ainda. Adicione os canais que você assiste (Ctrl+N) para ser avisado quando entrarem ao vivo.</translation>
    </message>
    <message>
        <source>Twitch allows a total subscription cost of %1 per user, shared with the open channel: the first favourites in your order get instant alerts, the others are checked every minute. Drag favourites in the sidebar to choose.</source>
        <translation>A Twitch permite um custo total de assinaturas de eventos de %1 por usuário, compartilhado com o canal aberto: os primeiros favoritos da sua ordem recebem alertas instantâneos, os demais são verificados a cada minuto. Arraste os favoritos na barra lateral para escolher.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.</source>
        <translation>Favoritos com alertas instantâneos: %1 de %2. Custo das assinaturas: %3 de %4.</translation>
    </message>
    <message>
        <source>Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the open channel uses %5.</source>
        <translation>Favoritos com alertas instantâneos: %1 de %2. Custo das assinaturas: %3 de %4; o canal aberto usa %5.</translation>
    </message>
    <message>
        <source>Instant (EventSub)</source>
        <translation>Instantâneo (EventSub)</translation>
    </message>
    <message>
        <source>Twitch tells Streamside the moment this channel goes live.</source>
        <translation>A Twitch avisa o Streamside no momento em que este canal entra ao vivo.</translation>
    </message>
    <message>
        <source>Checked every minute</source>
        <translation>Verificado a cada minuto</translation>
    </message>
    <message>
        <source>Meant for an instant alert, but checked every minute until Twitch accepts the subscription.</source>
        <translation>Previsto para alerta instantâneo, mas verificado a cada minuto até a Twitch aceitar a assinatura.</translation>
    </message>
    <message>
        <source>Beyond Twitch&apos;s subscription cost limit: Streamside asks Twitch every minute whether this channel is live.</source>
        <translation>Acima do limite de custo de assinaturas da Twitch: o Streamside pergunta à Twitch a cada minuto se este canal está ao vivo.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginController</name>
    <message>
        <source>Your browser could not be opened. Open the link yourself.</source>
        <translation>Não foi possível abrir seu navegador. Abra o link você mesmo.</translation>
    </message>
</context>
<context>
    <name>streamside::ui::LoginPage</name>
    <message>
        <source>Connect Streamside to Twitch</source>
        <translation>Conectar o Streamside à Twitch</translation>
    </message>
    <message>
        <source>Streamside needs the client id of an application registered with Twitch. Register one in the Twitch developer console with the OAuth redirect URL &lt;b&gt;http://localhost:17563&lt;/b&gt; and the client type &lt;b&gt;Public&lt;/b&gt;, then paste its client id here.</source>
        <translation>O Streamside precisa do client id de um aplicativo registrado na Twitch. Registre um no console de desenvolvedor da Twitch com a URL de redirecionamento OAuth &lt;b&gt;http://localhost:17563&lt;/b&gt; e o tipo de cliente &lt;b&gt;Público&lt;/b&gt; e cole o client id dele aqui.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Twitch client id</source>
        <translation>Client id da Twitch</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Salvar e continuar</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Experimentar a demonstração</translation>
    </message>
    <message>
        <source>Log in with Twitch</source>
        <translation>Entrar com a Twitch</translation>
    </message>
    <message>
        <source>Streamside opens Twitch in your browser to ask for your permission. It never sees your password.</source>
        <translation>O Streamside abre a Twitch no seu navegador para pedir sua permissão. Ele nunca vê sua senha.</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>Usar um código</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Experimentar a demonstração</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Continue no seu navegador</translation>
    </message>
    <message>
        <source>Authorization link</source>
        <translation>Link de autorização</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Authorize in-app</source>
        <translation>Autorizar no aplicativo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Log in with a code</source>
        <translation>Entrar com um código</translation>
    </message>
    <message>
        <source>On any device, open the link below, log in to Twitch and enter this code:</source>
        <translation>Em qualquer dispositivo, abra o link abaixo, faça login na Twitch e insira este código:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Código a inserir</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>Link de verificação</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Twitch opened in your browser. Authorize Streamside there; this window continues by itself.</source>
        <translation>A Twitch foi aberta no seu navegador. Autorize o Streamside lá; esta janela continua sozinha.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser yourself; this window continues by itself.</source>
        <translation>Não foi possível abrir seu navegador. Abra este link em um navegador você mesmo; esta janela continua sozinha.</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>O código é válido até %1.</translation>
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
        <translation>Nenhum favorito ainda</translation>
    </message>
    <message>
        <source>Your favourite streamers will appear here: their live player, their chat and the latest events of their channel, side by side.</source>
        <translation>Seus streamers favoritos aparecerão aqui: o player ao vivo, o chat e os eventos recentes do canal, lado a lado.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Connection to Twitch</source>
        <translation>Conexão com a Twitch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Add Favourite…</source>
        <translation>&amp;Adicionar favorito…</translation>
    </message>
    <message>
        <source>&amp;Remove Favourite</source>
        <translation>&amp;Remover favorito</translation>
    </message>
    <message>
        <source>Favourite &amp;Notifications…</source>
        <translation>&amp;Notificações do favorito…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Next Favourite</source>
        <translation>&amp;Próximo favorito</translation>
    </message>
    <message>
        <source>&amp;Previous Favourite</source>
        <translation>Favorito &amp;anterior</translation>
    </message>
    <message>
        <source>Focus the &amp;Chat Box</source>
        <translation>Focar a caixa de &amp;chat</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>Mostrar &amp;eventos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Streamside</source>
        <translation>&amp;Sobre o Streamside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>About Streamside</source>
        <translation>Sobre o Streamside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;A native desktop companion for Twitch: the live player, the chat and the latest events of your favourite channels in one window.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Not affiliated with Twitch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamside %1&lt;/h3&gt;&lt;p&gt;Um companheiro nativo para a Twitch no desktop: o player ao vivo, o chat e os eventos recentes dos seus canais favoritos em uma só janela.&lt;/p&gt;&lt;p&gt;Software livre sob a licença MIT. Sem afiliação com a Twitch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>The demo&apos;s window title; the desktop shows it as &quot;Demo — Streamside&quot;</extracomment>
        <translation>Demonstração</translation>
    </message>
</context>
<context>
    <name>streamside::ui::SettingsDialog</name>
    <message>
        <source>Full events for my own channel</source>
        <translation>Todos os eventos do meu próprio canal</translation>
    </message>
    <message>
        <source>Start Streamside when I log in</source>
        <translation>Iniciar o Streamside quando eu entrar no sistema</translation>
    </message>
    <message>
        <source>Starts in the tray (or minimized) when you log in to your desktop, so you never miss a favourite going live.</source>
        <translation>Inicia na bandeja (ou minimizado) quando você entra no sistema, para você nunca perder um favorito entrando ao vivo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, predictions, goals, charity and ad breaks of your own channel. Twitch asks you for this permission separately.</source>
        <translation>Novos seguidores, inscrições, Cheers, resgates de pontos do canal, Trens do Hype, enquetes, palpites, metas, caridade e intervalos comerciais do seu próprio canal. A Twitch pede esta permissão separadamente.</translation>
    </message>
    <message>
        <source>Your Twitch login is stored encrypted, with its key in your system keychain.</source>
        <translation>Seu login da Twitch é armazenado criptografado, com a chave no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain was available&lt;/b&gt;: your Twitch login is stored unencrypted, in a file only your user account can read. (%1)</source>
        <translation>&lt;b&gt;Nenhum chaveiro do sistema estava disponível&lt;/b&gt;: seu login da Twitch é armazenado sem criptografia, em um arquivo que só sua conta de usuário pode ler. (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Twitch application:</source>
        <translation>Aplicativo da Twitch:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the system&apos;s language, by its own name.</extracomment>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>streamside::ui::StreamerPage</name>
    <message>
        <source>LIVE</source>
        <translation>AO VIVO</translation>
    </message>
    <message>
        <source>Loading the player…</source>
        <translation>Carregando o player…</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>Carregando o chat…</translation>
    </message>
    <message>
        <source>The player cannot be shown</source>
        <translation>Não é possível exibir o player</translation>
    </message>
    <message>
        <source>The chat cannot be shown</source>
        <translation>Não é possível exibir o chat</translation>
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
            <numerusform>%1 · %Ln espectador</numerusform>
            <numerusform>%1 · %Ln espectadores</numerusform>
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
        <translation>Abrir o Streamside</translation>
    </message>
    <message>
        <source>No favourite is live</source>
        <translation>Nenhum favorito ao vivo</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Não perturbe</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Quit Streamside</source>
        <translation>Sair do Streamside</translation>
    </message>
    <message>
        <source>On until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Ativado até %1</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Ao vivo agora</translation>
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
            <numerusform>Streamside: %Ln evento não lido</numerusform>
            <numerusform>Streamside: %Ln eventos não lidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamside::web::WebEnginePageView</name>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>This page could not be loaded (%1). Check your connection and retry.</source>
        <translation>Não foi possível carregar esta página (%1). Verifique sua conexão e tente novamente.</translation>
    </message>
</context>
</TS>
