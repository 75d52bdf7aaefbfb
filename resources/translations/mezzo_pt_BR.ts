<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccessTokenSection</name>
    <message>
        <source>Editors must send an access token</source>
        <translation>Os editores precisam enviar um token de acesso</translation>
    </message>
    <message>
        <source>Require an access token</source>
        <translation>Exigir um token de acesso</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Mostrar o token de acesso</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Copiar o token de acesso</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Novo token</translation>
    </message>
    <message>
        <source>Replace the access token with a new one</source>
        <translation>Trocar o token de acesso por um novo</translation>
    </message>
    <message>
        <source>Editors send it as “Authorization: Bearer &lt;token&gt;”. Leave this off unless other people can use this computer: Mezzo only ever listens on this computer.</source>
        <translation>Os editores o enviam como “Authorization: Bearer &lt;token&gt;”. Deixe isto desativado, a menos que outras pessoas usem este computador: o Mezzo só aceita conexões vindas deste computador.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring, so the token is kept in a file only you can read ({file}). Install or unlock GNOME Keyring or KWallet to keep it there instead.</source>
        <translation>Este computador não tem um chaveiro seguro, então o token fica guardado em um arquivo que só você pode ler ({file}). Instale ou desbloqueie o GNOME Keyring ou o KWallet para guardá-lo lá.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>AdapterChoices</name>
    <message>
        <source>Choose the adapter for the current project</source>
        <translation>Escolher o adaptador do projeto atual</translation>
    </message>
    <message>
        <source>Adapter: no project chosen…</source>
        <translation>Adaptador: nenhum projeto escolhido…</translation>
    </message>
    <message>
        <source>Adapter: {adapter}</source>
        <translation>Adaptador: {adapter}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
</context>
<context>
    <name>AdapterEvaluation</name>
    <message>
        <source>The check stopped unexpectedly.</source>
        <translation>A verificação parou inesperadamente.</translation>
    </message>
    <message>
        <source>The check ended with exit code {code}.</source>
        <translation>A verificação terminou com o código de saída {code}.</translation>
    </message>
    <message>
        <source>The check could not start: {why}</source>
        <translation>Não foi possível iniciar a verificação: {why}</translation>
    </message>
</context>
<context>
    <name>AdapterRows</name>
    <message>
        <source>no adapter</source>
        <translation>nenhum adaptador</translation>
    </message>
    <message>
        <source>{name} at its usual strength</source>
        <translation>{name} com a intensidade padrão</translation>
    </message>
    <message>
        <source>{name} at strength {scale}</source>
        <translation>{name} com intensidade {scale}</translation>
    </message>
    <message>
        <source>Any copy of this project, in any folder</source>
        <translation>Qualquer cópia deste projeto, em qualquer pasta</translation>
    </message>
    <message>
        <source>git: {remote}</source>
        <translation>git: {remote}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Mezzo</source>
        <translation>Mezzo</translation>
    </message>
    <message>
        <source>Mezzo seems to be running already but does not answer. Quit it (or restart your computer), then start Mezzo again.</source>
        <translation>O Mezzo parece já estar aberto, mas não responde. Feche-o (ou reinicie o computador) e abra o Mezzo de novo.</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Completions are on</source>
        <translation>Sugestões ativadas</translation>
    </message>
    <message>
        <source>Completions are off</source>
        <translation>Sugestões desativadas</translation>
    </message>
    <message>
        <source>Completions are paused</source>
        <translation>Sugestões pausadas</translation>
    </message>
    <message>
        <source>On battery: completions slowed down</source>
        <translation>Na bateria: sugestões mais lentas</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Carregando o modelo…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <source>Mezzo needs your attention</source>
        <translation>O Mezzo precisa da sua atenção</translation>
    </message>
    <message>
        <source>Completions are paused until {time}</source>
        <translation>Sugestões pausadas até {time}</translation>
    </message>
    <message>
        <source>Completions are waiting for a model</source>
        <translation>Sugestões aguardando um modelo</translation>
    </message>
    <message>
        <source>Turn completions on</source>
        <translation>Ativar sugestões</translation>
    </message>
    <message>
        <source>Turn completions off</source>
        <translation>Desativar sugestões</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Retomar agora</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pausar por 1 hora</translation>
    </message>
    <message>
        <source>See the Home page for what to do.</source>
        <translation>Veja na página Início o que fazer.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Models.</source>
        <translation>Nenhum modelo carregado. Escolha um em Modelos.</translation>
    </message>
    <message>
        <source>Your editor gets no suggestions until you turn them on.</source>
        <translation>Seu editor não recebe sugestões até você ativá-las.</translation>
    </message>
    <message>
        <source>Suggestions come back by themselves at {time}.</source>
        <translation>As sugestões voltam sozinhas às {time}.</translation>
    </message>
    <message>
        <source>{reason}. Suggestions come less often to save power.</source>
        <translation>{reason}. As sugestões vêm com menos frequência para economizar energia.</translation>
    </message>
    <message>
        <source>Suggestions start as soon as the model is ready.</source>
        <translation>As sugestões começam assim que o modelo estiver pronto.</translation>
    </message>
    <message>
        <source>Suggestions keep working while the download runs.</source>
        <translation>As sugestões continuam funcionando durante o download.</translation>
    </message>
    <message>
        <source>Your editor gets suggestions from {model}.</source>
        <translation>Seu editor recebe sugestões de {model}.</translation>
    </message>
    <message>
        <source>the local model</source>
        <translation>um modelo local</translation>
    </message>
    <message>
        <source>Mezzo: {headline}
{explanation}</source>
        <translation>Mezzo: {headline}
{explanation}</translation>
    </message>
</context>
<context>
    <name>BatterySection</name>
    <message>
        <source>Time between suggestions on battery</source>
        <translation>Intervalo entre sugestões na bateria</translation>
    </message>
    <message>
        <source>Low battery level</source>
        <translation>Nível de bateria baixa</translation>
    </message>
    <message>
        <source>Pause suggestions when the battery is low</source>
        <translation>Pausar as sugestões com a bateria baixa</translation>
    </message>
    <message>
        <source>Download models on battery power</source>
        <translation>Baixar modelos na bateria</translation>
    </message>
    <message>
        <source>A model download keeps the network and the disk busy for minutes. Off, downloads wait until the computer is plugged in.</source>
        <translation>Baixar um modelo deixa a rede e o disco ocupados por vários minutos. Desativado, os downloads esperam até o computador estar ligado na tomada.</translation>
    </message>
    <message>
        <source>On battery Mezzo spaces suggestions out and keeps them shorter, so your laptop lasts longer.</source>
        <translation>Na bateria, o Mezzo espaça as sugestões e as deixa mais curtas, para o notebook durar mais.</translation>
    </message>
    <message>
        <source>Time between suggestions:</source>
        <translation>Intervalo entre sugestões:</translation>
    </message>
    <message>
        <source>Battery counts as low below:</source>
        <translation>Bateria baixa abaixo de:</translation>
    </message>
</context>
<context>
    <name>CodeSection</name>
    <message>
        <source>Use repository context</source>
        <translation>Usar o contexto do repositório</translation>
    </message>
    <message>
        <source>Mezzo reads your project on this computer and adds a little of it to each suggestion, so suggestions can use your own functions. Nothing leaves this computer.</source>
        <translation>O Mezzo lê seu projeto neste computador e acrescenta um pouco dele a cada sugestão, para que as sugestões possam usar suas próprias funções. Nada sai deste computador.</translation>
    </message>
    <message>
        <source>How much project code to add</source>
        <translation>Quanto código do projeto acrescentar</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>More lets suggestions know more of your project, but the first suggestion after you move to another place takes longer. A token is about four letters.</source>
        <translation>Com mais, as sugestões conhecem mais do seu projeto, mas a primeira sugestão depois que você muda de lugar no código demora mais. Um token tem cerca de quatro letras.</translation>
    </message>
    <message>
        <source>What the file requires</source>
        <translation>Módulos que o arquivo usa</translation>
    </message>
    <message>
        <source>Adds the functions and types of the modules this file requires.</source>
        <translation>Acrescenta as funções e os tipos dos módulos que este arquivo usa (require).</translation>
    </message>
    <message>
        <source>Functions used near the cursor</source>
        <translation>Funções usadas perto do cursor</translation>
    </message>
    <message>
        <source>Adds how the functions and types named near the cursor are written in other files of the project.</source>
        <translation>Acrescenta como as funções e os tipos citados perto do cursor estão escritos em outros arquivos do projeto.</translation>
    </message>
    <message>
        <source>Where you were just working</source>
        <translation>Onde você mexeu por último</translation>
    </message>
    <message>
        <source>Adds the code you changed last in other files.</source>
        <translation>Acrescenta o código que você alterou por último em outros arquivos.</translation>
    </message>
    <message>
        <source>Stop at the end of the block</source>
        <translation>Parar no fim do bloco</translation>
    </message>
    <message>
        <source>Cuts a suggestion where the function, loop or statement you are in ends.</source>
        <translation>Corta a sugestão onde termina a função, o laço ou a instrução em que você está.</translation>
    </message>
    <message>
        <source>Balance brackets</source>
        <translation>Equilibrar parênteses</translation>
    </message>
    <message>
        <source>Makes a suggestion’s brackets fit the code after the cursor, so none is left open or closed twice.</source>
        <translation>Ajusta os parênteses, colchetes e chaves da sugestão ao código depois do cursor, para nenhum ficar aberto nem ser fechado duas vezes.</translation>
    </message>
    <message>
        <source>Drop text already after the cursor</source>
        <translation>Descartar o que já vem depois do cursor</translation>
    </message>
    <message>
        <source>Removes the end of a suggestion when it repeats the code after the cursor.</source>
        <translation>Remove o final da sugestão quando ele repete o código depois do cursor.</translation>
    </message>
    <message>
        <source>Drop repeated lines</source>
        <translation>Descartar linhas repetidas</translation>
    </message>
    <message>
        <source>Removes lines or blocks a suggestion repeats.</source>
        <translation>Remove as linhas ou os blocos que a sugestão repete.</translation>
    </message>
    <message>
        <source>One line in the middle of a line</source>
        <translation>Só uma linha no meio da linha</translation>
    </message>
    <message>
        <source>In the middle of a line, suggest only the rest of it; after a line that opens a block, suggest the block. Suggestions then come sooner.</source>
        <translation>No meio de uma linha, sugere só o resto dela; depois de uma linha que abre um bloco, sugere o bloco. Assim as sugestões chegam mais rápido.</translation>
    </message>
    <message>
        <source>Mezzo can read the rest of your project, so suggestions use your own functions. It all stays on this computer.</source>
        <translation>O Mezzo pode ler o resto do seu projeto, para que as sugestões usem suas próprias funções. Tudo fica neste computador.</translation>
    </message>
    <message>
        <source>How much project code to add:</source>
        <translation>Quanto código do projeto acrescentar:</translation>
    </message>
    <message>
        <source>Add from the project:</source>
        <translation>Acrescentar do projeto:</translation>
    </message>
    <message>
        <source>Mezzo tidies each suggestion so it fits the code around it. Turn a rule off if it gets in your way.</source>
        <translation>O Mezzo ajeita cada sugestão para ela se encaixar no código ao redor. Desative uma regra se ela atrapalhar.</translation>
    </message>
</context>
<context>
    <name>ConfidenceSection</name>
    <message>
        <source>How many suggestions to show</source>
        <translation>Quantas sugestões mostrar</translation>
    </message>
    <message>
        <source>Left shows fewer, surer suggestions; right shows more suggestions.</source>
        <translation>À esquerda, menos sugestões, porém mais certeiras; à direita, mais sugestões.</translation>
    </message>
    <message>
        <source>Use the model’s default</source>
        <translation>Usar o padrão do modelo</translation>
    </message>
    <message>
        <source>Suggest from my history</source>
        <translation>Sugerir pelo meu histórico</translation>
    </message>
    <message>
        <source>Set the slider from the suggestions you kept and dismissed</source>
        <translation>Ajustar o controle pelas sugestões que você aceitou e descartou</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Limite de confiança</translation>
    </message>
    <message>
        <source>The average log-probability per token a suggestion must reach. 0 means certain; closer to 0 shows fewer suggestions.</source>
        <translation>A log-probabilidade média por token que uma sugestão precisa atingir. 0 significa certeza total; quanto mais perto de 0, menos sugestões aparecem.</translation>
    </message>
    <message>
        <source>Show fewer, surer suggestions</source>
        <translation>Mostrar menos sugestões, mais certeiras</translation>
    </message>
    <message>
        <source>Show more suggestions</source>
        <translation>Mostrar mais sugestões</translation>
    </message>
    <message>
        <source>Mezzo hides suggestions the model is unsure of. Choose how sure it must be.</source>
        <translation>O Mezzo esconde as sugestões de que o modelo não tem certeza. Escolha quanta certeza ele precisa ter.</translation>
    </message>
    <message>
        <source>Reading your statistics…</source>
        <translation>Lendo suas estatísticas…</translation>
    </message>
    <message>
        <source>No suggestion yet: {reason}</source>
        <translation>Ainda sem sugestão: {reason}</translation>
    </message>
    <message>
        <source>Set to suit the suggestions you kept and dismissed.</source>
        <translation>Ajustado às sugestões que você aceitou e descartou.</translation>
    </message>
    <message>
        <source>Your statistics could not be read. Try again later.</source>
        <translation>Não foi possível ler suas estatísticas. Tente de novo mais tarde.</translation>
    </message>
</context>
<context>
    <name>ConnectEditorsView</name>
    <message>
        <source>VS Code with llama.vscode</source>
        <translation>VS Code com llama.vscode</translation>
    </message>
    <message>
        <source>Continue (VS Code or JetBrains)</source>
        <translation>Continue (VS Code ou JetBrains)</translation>
    </message>
    <message>
        <source>Roblox Studio plugin</source>
        <translation>Plugin do Roblox Studio</translation>
    </message>
    <message>
        <source>In VS Code, open Settings (JSON) and add this line:</source>
        <translation>No VS Code, abra as Configurações (JSON) e adicione esta linha:</translation>
    </message>
    <message>
        <source>Add this model to Continue&apos;s config.yaml:</source>
        <translation>Adicione este modelo ao config.yaml do Continue:</translation>
    </message>
    <message>
        <source>The plugin sends its requests to this address; there is nothing to change. If Studio asks whether the plugin may use localhost, choose Allow.</source>
        <translation>O plugin envia os pedidos para este endereço; não é preciso mudar nada. Se o Studio perguntar se o plugin pode usar localhost, escolha Permitir (Allow).</translation>
    </message>
    <message>
        <source>The Roblox Studio plugin only uses port 11434, and Mezzo&apos;s port for Ollama clients is set to something else. Set it back to 11434 in Settings.</source>
        <translation>O plugin do Roblox Studio só usa a porta 11434, e a porta do Mezzo para clientes Ollama está com outro valor. Volte-a para 11434 em Configurações.</translation>
    </message>
    <message>
        <source>Another program (probably Ollama) is using port 11434, so the Roblox Studio plugin cannot reach Mezzo. Quit that program, then restart Mezzo.</source>
        <translation>Outro programa (provavelmente o Ollama) está usando a porta 11434, então o plugin do Roblox Studio não consegue se conectar ao Mezzo. Feche esse programa e reinicie o Mezzo.</translation>
    </message>
</context>
<context>
    <name>ConnectedEditorsView</name>
    <message>
        <source>Connected editors</source>
        <translation>Editores conectados</translation>
    </message>
    <message>
        <source>No editor has asked for a suggestion yet. Set one up under “Connect your editor” below; it shows up here as soon as it asks.</source>
        <translation>Nenhum editor pediu uma sugestão ainda. Configure um em “Conecte seu editor”, logo abaixo; ele aparece aqui assim que fizer um pedido.</translation>
    </message>
    <message>
        <source>Another editor (llama.cpp style)</source>
        <translation>Outro editor (estilo llama.cpp)</translation>
    </message>
    <message>
        <source>Another editor (Ollama style)</source>
        <translation>Outro editor (estilo Ollama)</translation>
    </message>
    <message>
        <source>Another editor (OpenAI style)</source>
        <translation>Outro editor (estilo OpenAI)</translation>
    </message>
    <message>
        <source>Another editor</source>
        <translation>Outro editor</translation>
    </message>
    <message>
        <source>asked just now</source>
        <translation>pediu agora mesmo</translation>
    </message>
    <message>
        <source>asked {n} s ago</source>
        <translation>pediu há {n} s</translation>
    </message>
    <message>
        <source>asked {n} min ago</source>
        <translation>pediu há {n} min</translation>
    </message>
    <message>
        <source>Its first suggestion is on its way.</source>
        <translation>A primeira sugestão está a caminho.</translation>
    </message>
    <message>
        <source>Its last suggestion was shown.</source>
        <translation>A última sugestão foi mostrada.</translation>
    </message>
    <message>
        <source>Its last suggestion was hidden: the model was unsure.</source>
        <translation>A última sugestão foi ocultada: o modelo não tinha certeza.</translation>
    </message>
    <message>
        <source>Its last suggestion was hidden: it was too short or repeated nearby code.</source>
        <translation>A última sugestão foi ocultada: era curta demais ou repetia o código ao redor.</translation>
    </message>
    <message>
        <source>The model had nothing to suggest last time.</source>
        <translation>Da última vez, o modelo não tinha nada a sugerir.</translation>
    </message>
    <message>
        <source>It asked while suggestions were paused or off.</source>
        <translation>Ele pediu enquanto as sugestões estavam pausadas ou desativadas.</translation>
    </message>
    <message>
        <source>Typing went on before its last suggestion was ready, so it was dropped.</source>
        <translation>Você continuou digitando antes de a última sugestão ficar pronta, então ela foi descartada.</translation>
    </message>
    <message>
        <source>Mezzo could not answer its last request. The log has the details.</source>
        <translation>O Mezzo não conseguiu responder ao último pedido. Os detalhes estão no registro.</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>Port for editors</source>
        <translation>Porta para editores</translation>
    </message>
    <message>
        <source>Port for Ollama clients</source>
        <translation>Porta para clientes Ollama</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>The new port is used once the server restarts. Editors then need the new address (see Home).</source>
        <translation>A nova porta passa a valer quando o servidor reiniciar. Depois disso, os editores precisam do novo endereço (veja Início).</translation>
    </message>
    <message>
        <source>Restart the server now</source>
        <translation>Reiniciar o servidor agora</translation>
    </message>
    <message>
        <source>Allowed origins, one per line</source>
        <translation>Origens permitidas, uma por linha</translation>
    </message>
    <message>
        <source>Save origins</source>
        <translation>Salvar origens</translation>
    </message>
    <message>
        <source>Save the allowed origins</source>
        <translation>Salvar as origens permitidas</translation>
    </message>
    <message>
        <source>Port for editors:</source>
        <translation>Porta para editores:</translation>
    </message>
    <message>
        <source>Port for Ollama clients:</source>
        <translation>Porta para clientes Ollama:</translation>
    </message>
    <message>
        <source>Web pages and editor webviews allowed to call Mezzo, one per line. A * matches any text, as in vscode-webview://*.</source>
        <translation>Páginas da web e webviews de editores que podem chamar o Mezzo, uma por linha. Um * corresponde a qualquer texto, como em vscode-webview://*.</translation>
    </message>
</context>
<context>
    <name>ControlWindow</name>
    <message>
        <source>Mezzo</source>
        <translation>Mezzo</translation>
    </message>
    <message>
        <source>Mezzo controls</source>
        <translation>Controles do Mezzo</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>O que deu errado</translation>
    </message>
    <message>
        <source>Open Mezzo…</source>
        <translation>Abrir o Mezzo…</translation>
    </message>
    <message>
        <source>Open the Mezzo window</source>
        <translation>Abrir a janela do Mezzo</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>More: the full Mezzo menu</source>
        <translation>Mais: o menu completo do Mezzo</translation>
    </message>
    <message>
        <source>Quit Mezzo</source>
        <translation>Sair do Mezzo</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so Mezzo&apos;s controls live here. Closing this window quits Mezzo.</source>
        <translation>Sua área de trabalho não tem bandeja do sistema, então os controles do Mezzo ficam aqui. Fechar esta janela encerra o Mezzo.</translation>
    </message>
</context>
<context>
    <name>CoreBridge</name>
    <message>
        <source>Loading the model was stopped. Choose a model in Models.</source>
        <translation>O carregamento do modelo foi interrompido. Escolha um modelo em Modelos.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Hide {title}</source>
        <translation>Ocultar {title}</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>Mostrar {title}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>falta menos de um minuto</translation>
    </message>
    <message>
        <source>about {m} min left</source>
        <translation>faltam cerca de {m} min</translation>
    </message>
    <message>
        <source>about {h} h {m} min left</source>
        <translation>faltam cerca de {h} h {m} min</translation>
    </message>
    <message>
        <source>{n} ms</source>
        <translation>{n} ms</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
</context>
<context>
    <name>GpuSection</name>
    <message>
        <source>Use the GPU ({name})</source>
        <translation>Usar a GPU ({name})</translation>
    </message>
    <message>
        <source>Use the GPU</source>
        <translation>Usar a GPU</translation>
    </message>
    <message>
        <source>The GPU makes suggestions come faster. Turn it off if the GPU is busy with a game or runs out of memory.</source>
        <translation>A GPU faz as sugestões chegarem mais rápido. Desative se a GPU estiver ocupada com um jogo ou ficar sem memória.</translation>
    </message>
    <message>
        <source>This computer&apos;s llama.cpp has no GPU support, so Mezzo runs on the CPU.</source>
        <translation>O llama.cpp deste computador não tem suporte a GPU, então o Mezzo roda na CPU.</translation>
    </message>
    <message>
        <source>Load the model again now</source>
        <translation>Recarregar o modelo agora</translation>
    </message>
    <message>
        <source>This applies the next time Mezzo loads a model.</source>
        <translation>Isso vale a partir da próxima vez que o Mezzo carregar um modelo.</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Turn completions on or off</source>
        <translation>Ativar ou desativar as sugestões</translation>
    </message>
    <message>
        <source>Pause or resume completions</source>
        <translation>Pausar ou retomar as sugestões</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Start the server again</source>
        <translation>Iniciar o servidor de novo</translation>
    </message>
    <message>
        <source>Address editors connect to</source>
        <translation>Endereço ao qual os editores se conectam</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modelo em uso</translation>
    </message>
    <message>
        <source>Adapter for the current repository</source>
        <translation>Adaptador do repositório atual</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Onde o modelo roda</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir a pasta de registros</translation>
    </message>
    <message>
        <source>Open the folder with Mezzo&apos;s log</source>
        <translation>Abrir a pasta com o registro do Mezzo</translation>
    </message>
    <message>
        <source>Suggestions hidden as unsure</source>
        <translation>Sugestões ocultas por incerteza</translation>
    </message>
    <message>
        <source>Show more suggestions</source>
        <translation>Mostrar mais sugestões</translation>
    </message>
    <message>
        <source>Lower the confidence threshold so more suggestions are shown</source>
        <translation>Baixar o limite de confiança para mostrar mais sugestões</translation>
    </message>
    <message>
        <source>Connected editors</source>
        <translation>Editores conectados</translation>
    </message>
    <message>
        <source>Connect your editor</source>
        <translation>Conecte seu editor</translation>
    </message>
    <message>
        <source>Editors connect to</source>
        <translation>Endereço para editores</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>nenhum carregado</translation>
    </message>
    <message>
        <source>Mezzo hid {hidden} of the last {judged} suggestions because the model was unsure of them.</source>
        <translation>O Mezzo ocultou {hidden} das últimas {judged} sugestões porque o modelo não tinha certeza delas.</translation>
    </message>
    <message>
        <source>Running on the CPU</source>
        <translation>Rodando na CPU</translation>
    </message>
    <message>
        <source>Running on the {device}</source>
        <translation>Rodando na {device}</translation>
    </message>
    <message>
        <source>none (the model alone)</source>
        <translation>nenhum (só o modelo)</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>não está rodando</translation>
    </message>
    <message>
        <source>{url}  ·  Ollama clients: {ollama}</source>
        <translation>{url}  ·  clientes Ollama: {ollama}</translation>
    </message>
</context>
<context>
    <name>HubTokenSection</name>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token do Hugging Face</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the Hugging Face token</source>
        <translation>Salvar o token do Hugging Face</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <source>Forget the Hugging Face token</source>
        <translation>Esquecer o token do Hugging Face</translation>
    </message>
    <message>
        <source>Only needed for models that ask you to sign in on huggingface.co.</source>
        <translation>Só é necessário para modelos que pedem login no huggingface.co.</translation>
    </message>
    <message>
        <source>Paste your token first, then choose Save.</source>
        <translation>Cole seu token primeiro e depois escolha Salvar.</translation>
    </message>
    <message>
        <source>Saved in your system keyring.</source>
        <translation>Salvo no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Saved until Mezzo quits: this computer has no secure keyring, so you will need to enter it again next time.</source>
        <translation>Salvo até você fechar o Mezzo: este computador não tem um chaveiro seguro, então você vai precisar digitá-lo de novo na próxima vez.</translation>
    </message>
    <message>
        <source>The token is forgotten.</source>
        <translation>O token foi esquecido.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Free for any use, including commercial use.</source>
        <translation>Livre para qualquer uso, inclusive comercial.</translation>
    </message>
    <message>
        <source>Non-commercial use only: research and personal projects.</source>
        <translation>Somente uso não comercial: pesquisa e projetos pessoais.</translation>
    </message>
    <message>
        <source>Mezzo does not know this licence: see the model&apos;s page for what it allows.</source>
        <translation>O Mezzo não conhece esta licença: veja na página do modelo o que ela permite.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mezzo</source>
        <translation>Mezzo</translation>
    </message>
    <message>
        <source>Mezzo main window</source>
        <translation>Janela principal do Mezzo</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Paused. What is downloaded so far is kept; press Resume to go on.</source>
        <translation>Pausado. O que já foi baixado fica guardado; clique em Retomar para continuar.</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Download cancelado.</translation>
    </message>
    <message>
        <source>Mezzo cannot reach the model download site. Check that this computer is online, then press Resume: what is already downloaded is kept.</source>
        <translation>O Mezzo não consegue acessar o site de download dos modelos. Verifique se este computador está conectado à internet e clique em Retomar: o que já foi baixado fica guardado.</translation>
    </message>
    <message>
        <source>This model needs a Hugging Face access token. Accept the model&apos;s licence on huggingface.co, add your token in Settings, then try again.</source>
        <translation>Este modelo precisa de um token de acesso do Hugging Face. Aceite a licença do modelo no huggingface.co, adicione seu token em Configurações e tente de novo.</translation>
    </message>
    <message>
        <source>The download arrived damaged, so Mezzo deleted it and installed nothing. Try again; if it keeps happening, your network may be altering downloads.</source>
        <translation>O download chegou corrompido, então o Mezzo o apagou e não instalou nada. Tente de novo; se continuar acontecendo, talvez sua rede esteja alterando os downloads.</translation>
    </message>
    <message>
        <source>The file Mezzo received is not the model it expected, so it was not installed. Pick another model, or update Mezzo.</source>
        <translation>O arquivo que o Mezzo recebeu não é o modelo esperado, então não foi instalado. Escolha outro modelo ou atualize o Mezzo.</translation>
    </message>
    <message>
        <source>This version of the model is no longer available for download. Pick another model, or update Mezzo to get its newer model list.</source>
        <translation>Esta versão do modelo não está mais disponível para download. Escolha outro modelo ou atualize o Mezzo para receber a lista de modelos mais recente.</translation>
    </message>
    <message>
        <source>Mezzo downloads models only while this computer is plugged in, to save the battery. Plug it in and try again, or turn on “Download models on battery power” in Settings. What is already downloaded is kept.</source>
        <translation>O Mezzo só baixa modelos com o computador ligado na tomada, para poupar a bateria. Ligue-o na tomada e tente de novo, ou ative “Baixar modelos na bateria” em Configurações. O que já foi baixado fica guardado.</translation>
    </message>
    <message>
        <source>Another Mezzo window is changing the same files. Try again in a moment.</source>
        <translation>Outra janela do Mezzo está alterando os mesmos arquivos. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>{new} could not be loaded ({why}); Mezzo went back to {old}.</source>
        <translation>Não foi possível carregar {new} ({why}); o Mezzo voltou para {old}.</translation>
    </message>
    <message>
        <source>This model needs about {needed} of memory and only {free} is free. Close some programs, or choose a smaller model.</source>
        <translation>Este modelo precisa de cerca de {needed} de memória, e a memória livre é de apenas {free}. Feche alguns programas ou escolha um modelo menor.</translation>
    </message>
    <message>
        <source>The model file is missing ({file}). Pick another model in Models, or download it again.</source>
        <translation>O arquivo do modelo não foi encontrado ({file}). Escolha outro modelo em Modelos ou baixe-o de novo.</translation>
    </message>
    <message>
        <source>This version of Mezzo cannot run {file}: it may be for a newer llama.cpp, or damaged. Pick another model, or download it again.</source>
        <translation>Esta versão do Mezzo não consegue rodar {file}: talvez ele seja para um llama.cpp mais novo ou esteja corrompido. Escolha outro modelo ou baixe-o de novo.</translation>
    </message>
    <message>
        <source>The model {file} could not be loaded. Pick another model in Models.</source>
        <translation>Não foi possível carregar o modelo {file}. Escolha outro modelo em Modelos.</translation>
    </message>
    <message>
        <source>The model is not ready yet. Wait a moment, or pick a model in Models.</source>
        <translation>O modelo ainda não está pronto. Espere um pouco ou escolha um modelo em Modelos.</translation>
    </message>
    <message>
        <source>Mezzo is shutting down.</source>
        <translation>O Mezzo está sendo encerrado.</translation>
    </message>
    <message>
        <source>Another program already uses port {port}, so editors cannot reach Mezzo. Quit that program (another Mezzo or llama-server?) and press Try again, or choose another port in Settings.</source>
        <translation>Outro programa já usa a porta {port}, então os editores não conseguem se conectar ao Mezzo. Feche esse programa (outro Mezzo ou o llama-server?) e clique em Tentar de novo, ou escolha outra porta em Configurações.</translation>
    </message>
    <message>
        <source>Mezzo does not know this model. Pick one from the list in Models.</source>
        <translation>O Mezzo não conhece este modelo. Escolha um da lista em Modelos.</translation>
    </message>
    <message>
        <source>The model list Mezzo received is not signed by Mezzo&apos;s publishers, so it was not used. The list that came with Mezzo stays in place.</source>
        <translation>A lista de modelos que o Mezzo recebeu não tem a assinatura dos criadores do Mezzo, então não foi usada. A lista que veio com o Mezzo continua valendo.</translation>
    </message>
    <message>
        <source>This model cannot fill in code between the lines in the way chosen in Settings. Set the prompt format back to automatic.</source>
        <translation>Este modelo não consegue completar código entre as linhas do jeito escolhido em Configurações. Volte o formato do prompt para automático.</translation>
    </message>
    <message>
        <source>The setting {name} has a value Mezzo cannot use. Change or remove it.</source>
        <translation>A configuração {name} tem um valor que o Mezzo não consegue usar. Altere ou remova essa configuração.</translation>
    </message>
    <message>
        <source>it is not a model file</source>
        <translation>não é um arquivo de modelo</translation>
    </message>
    <message>
        <source>it needs about {needed} of memory and only {free} is free</source>
        <translation>precisa de cerca de {needed} de memória, e a memória livre é de apenas {free}</translation>
    </message>
    <message>
        <source>its file is missing</source>
        <translation>o arquivo não foi encontrado</translation>
    </message>
    <message>
        <source>the file is damaged, or made for a newer version of Mezzo</source>
        <translation>o arquivo está corrompido ou foi feito para uma versão mais nova do Mezzo</translation>
    </message>
    <message>
        <source>it cannot fill in code in the way chosen in Settings</source>
        <translation>não consegue completar código do jeito escolhido em Configurações</translation>
    </message>
    <message>
        <source>Mezzo could not start it</source>
        <translation>o Mezzo não conseguiu iniciá-lo</translation>
    </message>
    <message>
        <source>There is not enough free disk space: this needs {needed} and {free} is free. Free some space, or pick a smaller model.</source>
        <translation>Não há espaço livre suficiente no disco: são necessários {needed}, e o espaço livre é de apenas {free}. Libere espaço ou escolha um modelo menor.</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space, then press Resume: the download goes on where it stopped.</source>
        <translation>O disco encheu durante o download. Libere espaço e clique em Retomar: o download continua de onde parou.</translation>
    </message>
    <message>
        <source>The adapter “{adapter}” does not fit the model “{base}”: {why}. Pick the model it was trained for beside “Add an adapter file…” and add it again.</source>
        <translation>O adaptador “{adapter}” não combina com o modelo “{base}”: {why}. Escolha o modelo para o qual ele foi treinado, ao lado de “Adicionar arquivo de adaptador…”, e adicione-o de novo.</translation>
    </message>
    <message>
        <source>“{folder}” is not a folder on this computer (it may have been moved or deleted). Pick the project folder again.</source>
        <translation>“{folder}” não é uma pasta deste computador (talvez tenha sido movida ou apagada). Escolha a pasta do projeto de novo.</translation>
    </message>
    <message>
        <source>No adapter named “{name}” is installed. Add it on the Adapters page.</source>
        <translation>Nenhum adaptador chamado “{name}” está instalado. Adicione-o na página Adaptadores.</translation>
    </message>
    <message>
        <source>llama.cpp could not use the adapter “{name}” with this model, so completions run without it. Remove the adapter and add it again.</source>
        <translation>O llama.cpp não conseguiu usar o adaptador “{name}” com este modelo, então as sugestões seguem sem ele. Remova o adaptador e adicione-o de novo.</translation>
    </message>
    <message>
        <source>This file is a whole model, not an adapter. Add it on the Models page instead.</source>
        <translation>Este arquivo é um modelo completo, não um adaptador. Adicione-o na página Modelos.</translation>
    </message>
    <message>
        <source>{file} is not a LoRA adapter Mezzo can use (it is missing, damaged, or another kind of file). Pick the adapter&apos;s .gguf file.</source>
        <translation>{file} não é um adaptador LoRA que o Mezzo possa usar (não foi encontrado, está corrompido ou é outro tipo de arquivo). Escolha o arquivo .gguf do adaptador.</translation>
    </message>
    <message>
        <source>“{name}” is still used by: {repos}. Remove those mappings first.</source>
        <translation>“{name}” ainda é usado por: {repos}. Remova esses vínculos primeiro.</translation>
    </message>
    <message>
        <source>Mezzo needs an installed model to check the adapter against. Pick or download a model on the Models page first.</source>
        <translation>O Mezzo precisa de um modelo instalado para verificar o adaptador. Escolha ou baixe um modelo na página Modelos primeiro.</translation>
    </message>
    <message>
        <source>Roblox Studio is not installed on this computer. Install it from roblox.com and open it once, then install the plugin.</source>
        <translation>O Roblox Studio não está instalado neste computador. Instale-o pelo roblox.com, abra-o uma vez e depois instale o plugin.</translation>
    </message>
    <message>
        <source>Mezzo is not allowed to save the plugin in Roblox Studio&apos;s plugins folder. Close Roblox Studio and try again; if it still fails, the folder may be read-only, or managed by your school or workplace.</source>
        <translation>O Mezzo não tem permissão para salvar o plugin na pasta de plugins do Roblox Studio. Feche o Roblox Studio e tente de novo; se ainda falhar, a pasta pode ser somente leitura ou gerenciada pela sua escola ou empresa.</translation>
    </message>
    <message>
        <source>The disk is full, so the Studio plugin could not be saved. Free some space, then try again.</source>
        <translation>O disco está cheio, então não foi possível salvar o plugin do Studio. Libere algum espaço e tente de novo.</translation>
    </message>
    <message>
        <source>Mezzo could not read or write its files. Check that your home folder has free space and is writable, then try again.</source>
        <translation>O Mezzo não conseguiu ler ou gravar os arquivos dele. Verifique se sua pasta pessoal tem espaço livre e permite gravação, e tente de novo.</translation>
    </message>
    <message>
        <source>Something went wrong with a model download or install. Look at the model on the Models page and try again; the details are in Mezzo&apos;s log: {log}</source>
        <translation>Algo deu errado ao baixar ou instalar um modelo. Confira o modelo na página Modelos e tente de novo; os detalhes estão no registro do Mezzo: {log}</translation>
    </message>
    <message>
        <source>Something went wrong with an adapter. Look at it on the Adapters page and try again; the details are in Mezzo&apos;s log: {log}</source>
        <translation>Algo deu errado com um adaptador. Confira-o na página Adaptadores e tente de novo; os detalhes estão no registro do Mezzo: {log}</translation>
    </message>
    <message>
        <source>Something went wrong that Mezzo has no explanation for. Try again; if it keeps happening, quit Mezzo and start it again. The details are in Mezzo&apos;s log: {log}</source>
        <translation>Aconteceu um erro que o Mezzo não sabe explicar. Tente de novo; se continuar acontecendo, feche o Mezzo e abra-o de novo. Os detalhes estão no registro do Mezzo: {log}</translation>
    </message>
    <message>
        <source>{name} in Mezzo&apos;s logs folder</source>
        <translation>{name} na pasta de registros do Mezzo</translation>
    </message>
</context>
<context>
    <name>MezzoApp</name>
    <message>
        <source>Mezzo is still running</source>
        <translation>O Mezzo continua rodando</translation>
    </message>
    <message>
        <source>Completions keep working. Mezzo&apos;s menu is in the system tray.</source>
        <translation>As sugestões continuam funcionando. O menu do Mezzo fica na bandeja do sistema.</translation>
    </message>
</context>
<context>
    <name>ModelChoices</name>
    <message>
        <source>Choose the model</source>
        <translation>Escolher o modelo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modelo: {model}</translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation>Nenhum modelo ainda</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>Licence: {name}. {summary}</source>
        <translation>Licença: {name}. {summary}</translation>
    </message>
    <message>
        <source>Starter model: its suggestions are weak. It is only here so that Mezzo works offline straight away.</source>
        <translation>Modelo inicial: as sugestões dele são fracas. Ele só está aqui para o Mezzo funcionar offline logo de cara.</translation>
    </message>
    <message>
        <source>Smaller and faster</source>
        <translation>Menor e mais rápido</translation>
    </message>
    <message>
        <source>Closer to the original</source>
        <translation>Mais fiel ao original</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>Intermediário</translation>
    </message>
    <message>
        <source>{kind} ({quantization}, {size})</source>
        <translation>{kind} ({quantization}, {size})</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>cerca de {size}</translation>
    </message>
    <message>
        <source>Some models come in two sizes. The smaller one is compressed more: it downloads sooner, needs less memory and answers a little faster. The larger one is closer to the original model, so its suggestions are slightly better.</source>
        <translation>Alguns modelos vêm em dois tamanhos. O menor é mais comprimido: baixa mais rápido, usa menos memória e responde um pouco mais depressa. O maior é mais fiel ao modelo original, então as sugestões dele são um pouco melhores.</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>Welcome to Mezzo</source>
        <translation>Boas-vindas ao Mezzo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Voltar para a página anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>Mezzo suggests the next bit of code while you type, in Roblox Studio, VS Code and other editors. It runs a small AI model on this computer, so your code never leaves it.</source>
        <translation>O Mezzo sugere o próximo pedaço de código enquanto você digita, no Roblox Studio, no VS Code e em outros editores. Ele roda um pequeno modelo de IA neste computador, então seu código nunca sai daqui.</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Escolha um modelo</translation>
    </message>
    <message>
        <source>Download the suggested model</source>
        <translation>Baixar o modelo sugerido</translation>
    </message>
    <message>
        <source>Use the starter for now</source>
        <translation>Usar o inicial por enquanto</translation>
    </message>
    <message>
        <source>Use the starter model, which is already on this computer, for now</source>
        <translation>Usar por enquanto o modelo inicial, que já está neste computador</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar download</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar o download</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>Baixar mesmo assim</translation>
    </message>
    <message>
        <source>Download anyway, on battery power</source>
        <translation>Baixar mesmo assim, na bateria</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>This computer has {ram} of memory and {disk} free.</source>
        <translation>Este computador tem {ram} de memória e {disk} de espaço livre.</translation>
    </message>
    <message>
        <source>Suggested for this computer: about {size} to download, uses about {ram} of memory while it runs.</source>
        <translation>Sugerido para este computador: download de cerca de {size}; usa cerca de {ram} de memória enquanto roda.</translation>
    </message>
    <message>
        <source>{name} would also fit and writes better code, but its licence is narrower. {summary} You can still choose it on the Models page.</source>
        <translation>{name} também caberia e escreve código melhor, mas a licença dele é mais restrita. {summary} Você ainda pode escolhê-lo na página Modelos.</translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}: {done} de {total}</translation>
    </message>
    <message>
        <source>No model fits</source>
        <translation>Nenhum modelo cabe</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>Libere espaço no disco e tente de novo.</translation>
    </message>
    <message>
        <source>The bigger models do not fit this computer, so Mezzo starts with its starter model. It is already here, so there is nothing to download.</source>
        <translation>Os modelos maiores não cabem neste computador, então o Mezzo começa com o modelo inicial. Ele já está aqui, então não há nada para baixar.</translation>
    </message>
    <message>
        <source>Connect your editor</source>
        <translation>Conecte seu editor</translation>
    </message>
    <message>
        <source>Keep Mezzo running (it sits in the system tray) and point your editor at it. The Home page shows this again whenever you need it.</source>
        <translation>Deixe o Mezzo aberto (ele fica na bandeja do sistema) e configure seu editor para usá-lo. A página Início mostra estas instruções de novo sempre que você precisar.</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Usar {name}</translation>
    </message>
    <message>
        <source>Download it now</source>
        <translation>Baixar agora</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Checking the download</source>
        <translation>Verificando o download</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Instalando</translation>
    </message>
    <message>
        <source>{name} is ready. Mezzo is loading it now.</source>
        <translation>{name} está pronto. O Mezzo está carregando o modelo agora.</translation>
    </message>
    <message>
        <source>Download stopped. You can start it again from Models at any time.</source>
        <translation>Download interrompido. Você pode iniciá-lo de novo em Modelos quando quiser.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Adapters</source>
        <translation>Adaptadores</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Estatísticas de uso</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>The {title} page is not available in this version of Mezzo. Completions keep working; reinstalling Mezzo brings the page back.</source>
        <translation>A página {title} não está disponível nesta versão do Mezzo. As sugestões continuam funcionando; reinstalar o Mezzo traz a página de volta.</translation>
    </message>
    <message>
        <source>{title} not available</source>
        <translation>{title} indisponível</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation>Estatísticas de uso</translation>
    </message>
</context>
<context>
    <name>QtAdapterRow</name>
    <message>
        <source>any language</source>
        <translation>qualquer linguagem</translation>
    </message>
    <message>
        <source>Version {version} · for {base} · {languages}</source>
        <translation>Versão {version} · para {base} · {languages}</translation>
    </message>
    <message>
        <source>LoRA rank {rank}, default strength {scale:g}</source>
        <translation>Rank LoRA {rank}, intensidade padrão {scale:g}</translation>
    </message>
    <message>
        <source>Fits the model in use</source>
        <translation>Compatível com o modelo em uso</translation>
    </message>
    <message>
        <source>● Fits the model in use</source>
        <translation>● Compatível com o modelo em uso</translation>
    </message>
    <message>
        <source>No model is in use yet, so it is not used.</source>
        <translation>Nenhum modelo está em uso ainda, então ele não está sendo usado.</translation>
    </message>
    <message>
        <source>Not used with the model in use: it was made for “{base}”, and Mezzo is running “{active}”. Switch to that model on the Models page to use it.</source>
        <translation>Não é usado com o modelo atual: ele foi feito para “{base}”, e o Mezzo está rodando “{active}”. Mude para esse modelo na página Modelos para usá-lo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove adapter {ref}</source>
        <translation>Remover o adaptador {ref}</translation>
    </message>
</context>
<context>
    <name>QtAdaptersPanel</name>
    <message>
        <source>Adapters</source>
        <translation>Adaptadores</translation>
    </message>
    <message>
        <source>An adapter is a small add-on that tunes the model to one project or language, such as your Roblox game. Mezzo picks it from the project you are editing.</source>
        <translation>Um adaptador é um pequeno complemento que ajusta o modelo a um projeto ou a uma linguagem, como o seu jogo do Roblox. O Mezzo escolhe o adaptador de acordo com o projeto que você está editando.</translation>
    </message>
    <message>
        <source>Adapters notice</source>
        <translation>Aviso dos adaptadores</translation>
    </message>
    <message>
        <source>Installed adapters</source>
        <translation>Adaptadores instalados</translation>
    </message>
    <message>
        <source>Why the adapter was not added</source>
        <translation>Por que o adaptador não foi adicionado</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <source>Adapters page</source>
        <translation>Página de adaptadores</translation>
    </message>
    <message>
        <source>Add an adapter file…</source>
        <translation>Adicionar arquivo de adaptador…</translation>
    </message>
    <message>
        <source>Add an adapter file</source>
        <translation>Adicionar um arquivo de adaptador</translation>
    </message>
    <message>
        <source>Model the adapter was trained for</source>
        <translation>Modelo para o qual o adaptador foi treinado</translation>
    </message>
    <message>
        <source>for the model</source>
        <translation>para o modelo</translation>
    </message>
    <message>
        <source>Adapter to map</source>
        <translation>Adaptador a vincular</translation>
    </message>
    <message>
        <source>Adapter strength (scale)</source>
        <translation>Intensidade do adaptador (escala)</translation>
    </message>
    <message>
        <source>How strongly the adapter changes the model: 1 is as trained, less is milder.</source>
        <translation>O quanto o adaptador muda o modelo: 1 é como foi treinado; menos que isso é mais suave.</translation>
    </message>
    <message>
        <source>Map a project folder…</source>
        <translation>Vincular pasta de projeto…</translation>
    </message>
    <message>
        <source>Map a project folder to this adapter</source>
        <translation>Vincular uma pasta de projeto a este adaptador</translation>
    </message>
    <message>
        <source>Add a project: use</source>
        <translation>Adicionar um projeto: usar</translation>
    </message>
    <message>
        <source>at strength</source>
        <translation>com intensidade</translation>
    </message>
    <message>
        <source>Adapter for every other project</source>
        <translation>Adaptador para todos os outros projetos</translation>
    </message>
    <message>
        <source>Every other project uses</source>
        <translation>Todos os outros projetos usam</translation>
    </message>
    <message>
        <source>No adapters yet. Add one with “Add an adapter file…” below.</source>
        <translation>Nenhum adaptador ainda. Adicione um com “Adicionar arquivo de adaptador…”, logo abaixo.</translation>
    </message>
    <message>
        <source>No projects mapped to an adapter yet.</source>
        <translation>Nenhum projeto vinculado a um adaptador ainda.</translation>
    </message>
    <message>
        <source>No adapter</source>
        <translation>Nenhum adaptador</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Adicionando {name}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} adicionado.</translation>
    </message>
    <message>
        <source>Remove the adapter {ref}?</source>
        <translation>Remover o adaptador {ref}?</translation>
    </message>
    <message>
        <source>Remove adapter</source>
        <translation>Remover adaptador</translation>
    </message>
    <message>
        <source>Choose the project folder for {name}</source>
        <translation>Escolha a pasta do projeto para {name}</translation>
    </message>
    <message>
        <source>“{project}” now uses {target}.</source>
        <translation>Agora “{project}” usa: {target}.</translation>
    </message>
</context>
<context>
    <name>QtBarChart</name>
    <message>
        <source>No data yet.</source>
        <translation>Ainda não há dados.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Ainda sem dados</translation>
    </message>
</context>
<context>
    <name>QtCurrentProject</name>
    <message>
        <source>Current project</source>
        <translation>Projeto atual</translation>
    </message>
    <message>
        <source>llama.vscode and the Roblox Studio plugin do not tell Mezzo which file you are in. Pick the project you are working on, and they get its adapter.</source>
        <translation>O llama.vscode e o plugin do Roblox Studio não informam ao Mezzo em qual arquivo você está. Escolha o projeto em que você está trabalhando, e eles recebem o adaptador dele.</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Pasta do projeto</translation>
    </message>
    <message>
        <source>Git remote of the current project</source>
        <translation>Remoto git do projeto atual</translation>
    </message>
    <message>
        <source>Adapter for the current project</source>
        <translation>Adaptador do projeto atual</translation>
    </message>
    <message>
        <source>Choose project folder…</source>
        <translation>Escolher pasta do projeto…</translation>
    </message>
    <message>
        <source>Choose the current project folder</source>
        <translation>Escolher a pasta do projeto atual</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the current project</source>
        <translation>Limpar o projeto atual</translation>
    </message>
    <message>
        <source>No project picked</source>
        <translation>Nenhum projeto escolhido</translation>
    </message>
    <message>
        <source>Those editors get what “Every other project” is set to below.</source>
        <translation>Esses editores recebem o que estiver definido em “Todos os outros projetos”, logo abaixo.</translation>
    </message>
    <message>
        <source>No adapter is used there: {why}.</source>
        <translation>Nenhum adaptador é usado nesse projeto: {why}.</translation>
    </message>
    <message>
        <source>Completions there use the adapter {adapter} at strength {scale}.</source>
        <translation>As sugestões nesse projeto usam o adaptador {adapter} com intensidade {scale}.</translation>
    </message>
    <message>
        <source>Completions there use the model alone, with no adapter.</source>
        <translation>As sugestões nesse projeto usam só o modelo, sem adaptador.</translation>
    </message>
    <message>
        <source>Choose the project you are working on</source>
        <translation>Escolha o projeto em que você está trabalhando</translation>
    </message>
</context>
<context>
    <name>QtDownloadRow</name>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Status do download</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Pausar o download</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Retomar o download</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel download and delete it</source>
        <translation>Cancelar o download e apagá-lo</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>Baixar mesmo assim</translation>
    </message>
    <message>
        <source>Download anyway, on battery power</source>
        <translation>Baixar mesmo assim, na bateria</translation>
    </message>
    <message>
        <source>Downloads this model now, on battery. Your settings stay as they are.</source>
        <translation>Baixa este modelo agora, na bateria. Suas configurações continuam como estão.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Pausando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Checking the download… {pct}</source>
        <translation>Verificando o download… {pct}</translation>
    </message>
    <message>
        <source>Installing… {pct}</source>
        <translation>Instalando… {pct}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrompido</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>Pausado em {done} de {total}</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>Interrompido em {done} de {total}</translation>
    </message>
</context>
<context>
    <name>QtGauge</name>
    <message>
        <source>No data yet.</source>
        <translation>Ainda não há dados.</translation>
    </message>
</context>
<context>
    <name>QtLineChart</name>
    <message>
        <source>No data yet.</source>
        <translation>Ainda não há dados.</translation>
    </message>
    <message>
        <source>{name}: latest {last}, from {low} to {high}</source>
        <translation>{name}: mais recente {last}, de {low} a {high}</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Ainda sem dados</translation>
    </message>
</context>
<context>
    <name>QtMappingRow</name>
    <message>
        <source>Mapping status</source>
        <translation>Status do vínculo</translation>
    </message>
    <message>
        <source>Not applied: {why}.</source>
        <translation>Não aplicado: {why}.</translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Stop using an adapter for {project}</source>
        <translation>Parar de usar um adaptador em {project}</translation>
    </message>
</context>
<context>
    <name>QtModelCard</name>
    <message>
        <source>Kind of model</source>
        <translation>Tipo de modelo</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>What the licence allows</source>
        <translation>O que a licença permite</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Cabe neste computador</translation>
    </message>
    <message>
        <source>Download problem</source>
        <translation>Problema no download</translation>
    </message>
    <message>
        <source>{size} · on this computer</source>
        <translation>{size} · neste computador</translation>
    </message>
    <message>
        <source>Size: {choice}</source>
        <translation>Tamanho: {choice}</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>Baixar {name}</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Suggested for this computer</source>
        <translation>Sugerido para este computador</translation>
    </message>
    <message>
        <source>Update to version {v}</source>
        <translation>Atualizar para a versão {v}</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>Baixar ({size})</translation>
    </message>
    <message>
        <source>{size} on disk</source>
        <translation>{size} no disco</translation>
    </message>
    <message>
        <source>needs {ram} of memory</source>
        <translation>precisa de {ram} de memória</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>{n} parâmetros</translation>
    </message>
    <message>
        <source>quantization {q}</source>
        <translation>quantização {q}</translation>
    </message>
    <message>
        <source>Runs well on this computer.</source>
        <translation>Roda bem neste computador.</translation>
    </message>
    <message>
        <source>Tight on this computer: close other programs while you code.</source>
        <translation>Fica apertado neste computador: feche outros programas enquanto você programa.</translation>
    </message>
    <message>
        <source>Too big for this computer: it needs {need} of memory and this one has {total}.</source>
        <translation>Grande demais para este computador: precisa de {need} de memória, e este tem {total}.</translation>
    </message>
    <message>
        <source>How much memory it needs is not known.</source>
        <translation>Não se sabe de quanta memória ele precisa.</translation>
    </message>
</context>
<context>
    <name>QtModelList</name>
    <message>
        <source>On this computer</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <source>Available to download</source>
        <translation>Disponíveis para baixar</translation>
    </message>
</context>
<context>
    <name>QtModelsPanel</name>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modelo em uso</translation>
    </message>
    <message>
        <source>Go back to the previous model</source>
        <translation>Voltar ao modelo anterior</translation>
    </message>
    <message>
        <source>Check files</source>
        <translation>Verificar arquivos</translation>
    </message>
    <message>
        <source>Check the model files for damage</source>
        <translation>Verificar se os arquivos dos modelos estão corrompidos</translation>
    </message>
    <message>
        <source>Add a model file…</source>
        <translation>Adicionar arquivo de modelo…</translation>
    </message>
    <message>
        <source>Add a model file from this computer</source>
        <translation>Adicionar um arquivo de modelo deste computador</translation>
    </message>
    <message>
        <source>This computer has {total} of memory.</source>
        <translation>Este computador tem {total} de memória.</translation>
    </message>
    <message>
        <source>Models notice</source>
        <translation>Aviso dos modelos</translation>
    </message>
    <message>
        <source>Models list</source>
        <translation>Lista de modelos</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
    <message>
        <source>In use: {name} — loading…</source>
        <translation>Em uso: {name} — carregando…</translation>
    </message>
    <message>
        <source>In use: {name} — it could not start. {why}</source>
        <translation>Em uso: {name} — não foi possível iniciar. {why}</translation>
    </message>
    <message>
        <source>In use: {name} — ready</source>
        <translation>Em uso: {name} — pronto</translation>
    </message>
    <message>
        <source>In use: {name}</source>
        <translation>Em uso: {name}</translation>
    </message>
    <message>
        <source>the new model</source>
        <translation>o novo modelo</translation>
    </message>
    <message>
        <source>Remove {ref} from this computer? You can download it again later.</source>
        <translation>Remover {ref} deste computador? Você pode baixá-lo de novo depois.</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Remover modelo</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} removido.</translation>
    </message>
    <message>
        <source>Checking model files…</source>
        <translation>Verificando os arquivos dos modelos…</translation>
    </message>
    <message>
        <source>Checking {name}… {pct}</source>
        <translation>Verificando {name}… {pct}</translation>
    </message>
    <message>
        <source>Damaged: {refs}. Download them again to repair them.</source>
        <translation>Arquivos corrompidos: {refs}. Baixe-os de novo para consertá-los.</translation>
    </message>
    <message>
        <source>All model files are intact.</source>
        <translation>Todos os arquivos dos modelos estão em ordem.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Adicionando {name}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} adicionado.</translation>
    </message>
</context>
<context>
    <name>QtRepoContext</name>
    <message>
        <source>Repository context</source>
        <translation>Contexto do repositório</translation>
    </message>
    <message>
        <source>Mezzo reads your project’s code on this computer so that suggestions can use your own functions; nothing leaves this computer.</source>
        <translation>O Mezzo lê o código do seu projeto neste computador para que as sugestões possam usar suas próprias funções; nada sai deste computador.</translation>
    </message>
    <message>
        <source>Repository context is turned off for every project in Settings, under “Code intelligence”, so suggestions do not use it now.</source>
        <translation>O contexto do repositório está desativado para todos os projetos em Configurações, na seção “Inteligência de código”, então as sugestões não o usam agora.</translation>
    </message>
    <message>
        <source>Repository context is off</source>
        <translation>Contexto do repositório desativado</translation>
    </message>
    <message>
        <source>No projects yet. Pick a current project above, or map a project folder below, and Mezzo reads its code.</source>
        <translation>Nenhum projeto ainda. Escolha um projeto atual acima ou vincule uma pasta de projeto abaixo, e o Mezzo lê o código dele.</translation>
    </message>
    <message>
        <source>Forget what Mezzo stored about {name}? Your files are not touched, and Mezzo reads the project again the next time you work in it.</source>
        <translation>Esquecer o que o Mezzo guardou sobre {name}? Seus arquivos não serão alterados, e o Mezzo lê o projeto de novo na próxima vez que você trabalhar nele.</translation>
    </message>
    <message>
        <source>Forget repository</source>
        <translation>Esquecer repositório</translation>
    </message>
</context>
<context>
    <name>QtRepoContextRow</name>
    <message>
        <source>Repository {name}</source>
        <translation>Repositório {name}</translation>
    </message>
    <message>
        <source>Index of {name}</source>
        <translation>Índice de {name}</translation>
    </message>
    <message>
        <source>Use repository context</source>
        <translation>Usar o contexto do repositório</translation>
    </message>
    <message>
        <source>Use repository context for {name}</source>
        <translation>Usar o contexto do repositório em {name}</translation>
    </message>
    <message>
        <source>Off: suggestions in this project use only the file you are in.</source>
        <translation>Desativado: as sugestões neste projeto usam só o arquivo em que você está.</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Reindexar</translation>
    </message>
    <message>
        <source>Re-index {name}</source>
        <translation>Reindexar {name}</translation>
    </message>
    <message>
        <source>Read every file of this project again.</source>
        <translation>Ler de novo todos os arquivos deste projeto.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <source>Forget the index of {name}</source>
        <translation>Esquecer o índice de {name}</translation>
    </message>
    <message>
        <source>Delete what Mezzo stored about this project. Your files are not touched.</source>
        <translation>Apagar o que o Mezzo guardou sobre este projeto. Seus arquivos não serão alterados.</translation>
    </message>
    <message>
        <source>{n} functions, types and values found</source>
        <translation>{n} funções, tipos e valores encontrados</translation>
    </message>
</context>
<context>
    <name>QtRepoEvaluation</name>
    <message>
        <source>Last check of the adapter</source>
        <translation>Última verificação do adaptador</translation>
    </message>
    <message>
        <source>The base model and the adapter, at the adapter&apos;s own strength, complete the same code from this project&apos;s held-out files (up to {rows} places), files Mezzo keeps out of any training set it builds.</source>
        <translation>O modelo base e o adaptador, na intensidade do próprio adaptador, completam o mesmo código tirado de arquivos reservados deste projeto (até {rows} trechos), arquivos que o Mezzo deixa de fora de qualquer conjunto de treino que ele monta.</translation>
    </message>
    <message>
        <source>The adapter makes this project worse</source>
        <translation>O adaptador piora este projeto</translation>
    </message>
    <message>
        <source>● Helps this project</source>
        <translation>● Ajuda este projeto</translation>
    </message>
    <message>
        <source>The adapter helps this project</source>
        <translation>O adaptador ajuda este projeto</translation>
    </message>
    <message>
        <source>Why the check failed</source>
        <translation>Por que a verificação falhou</translation>
    </message>
    <message>
        <source>Check {adapter} on this project</source>
        <translation>Verificar {adapter} neste projeto</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progresso da verificação</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Status da verificação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar a verificação</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Check this adapter</source>
        <translation>Verificar este adaptador</translation>
    </message>
    <message>
        <source>Makes this project worse: with {name}, its completions were right less often than with the model alone.</source>
        <translation>Piora este projeto: com {name}, as sugestões acertaram menos vezes do que só com o modelo.</translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation>A verificação falhou: {why}</translation>
    </message>
    <message>
        <source>Stopping after the row in hand…</source>
        <translation>Parando depois do trecho atual…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Carregando o modelo…</translation>
    </message>
    <message>
        <source>Without the adapter: {done} of {total} rows</source>
        <translation>Sem o adaptador: {done} de {total} trechos</translation>
    </message>
    <message>
        <source>With {name}: {done} of {total} rows</source>
        <translation>Com {name}: {done} de {total} trechos</translation>
    </message>
</context>
<context>
    <name>QtSuggestion</name>
    <message>
        <source>Suggested model</source>
        <translation>Modelo sugerido</translation>
    </message>
    <message>
        <source>{name} suits this computer and is already here.</source>
        <translation>{name} é ideal para este computador e já está aqui.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Usar {name}</translation>
    </message>
    <message>
        <source>{name} is downloading: see its card below.</source>
        <translation>{name} está sendo baixado: veja o cartão dele abaixo.</translation>
    </message>
    <message>
        <source>For real suggestions, get {name}: it suits this computer.</source>
        <translation>Para sugestões de verdade, baixe {name}: ele é ideal para este computador.</translation>
    </message>
    <message>
        <source>Download it ({size})</source>
        <translation>Baixar ({size})</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>Baixar {name}</translation>
    </message>
</context>
<context>
    <name>QtTelemetryPanel</name>
    <message>
        <source>Usage statistics</source>
        <translation>Estatísticas de uso</translation>
    </message>
    <message>
        <source>These statistics stay on this computer. Mezzo never sends them anywhere.</source>
        <translation>Estas estatísticas ficam neste computador. O Mezzo nunca as envia para lugar nenhum.</translation>
    </message>
    <message>
        <source>Last {n} days</source>
        <translation>Últimos {n} dias</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Atualizar as estatísticas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the statistics as a CSV file</source>
        <translation>Exportar as estatísticas como arquivo CSV</translation>
    </message>
    <message>
        <source>Keep usage statistics on this computer</source>
        <translation>Guardar estatísticas de uso neste computador</translation>
    </message>
    <message>
        <source>Usage statistics notice</source>
        <translation>Aviso das estatísticas de uso</translation>
    </message>
    <message>
        <source>No completions yet. Connect your editor to Mezzo (see the Home page) and start typing: how often you keep a suggestion, and how fast they come, appear here.</source>
        <translation>Nenhuma sugestão ainda. Conecte seu editor ao Mezzo (veja a página Início) e comece a digitar: aqui aparecem com que frequência você aceita as sugestões e com que rapidez elas chegam.</translation>
    </message>
    <message>
        <source>No statistics yet</source>
        <translation>Nenhuma estatística ainda</translation>
    </message>
    <message>
        <source>of suggestions kept</source>
        <translation>das sugestões aceitas</translation>
    </message>
    <message>
        <source>completions</source>
        <translation>sugestões</translation>
    </message>
    <message>
        <source>typical wait (p50)</source>
        <translation>espera típica (p50)</translation>
    </message>
    <message>
        <source>slowest 5% wait (p95)</source>
        <translation>espera dos 5% mais lentos (p95)</translation>
    </message>
    <message>
        <source>of the prompt reused from cache</source>
        <translation>do prompt reaproveitado do cache</translation>
    </message>
    <message>
        <source>Cache reuse</source>
        <translation>Reaproveitamento do cache</translation>
    </message>
    <message>
        <source>Suggestions kept, per day</source>
        <translation>Sugestões aceitas por dia</translation>
    </message>
    <message>
        <source>Wait for a suggestion, per day</source>
        <translation>Espera por sugestão, por dia</translation>
    </message>
    <message>
        <source>Kept, by language</source>
        <translation>Aceitas, por linguagem</translation>
    </message>
    <message>
        <source>Kept, by model</source>
        <translation>Aceitas, por modelo</translation>
    </message>
    <message>
        <source>Kept, by adapter</source>
        <translation>Aceitas, por adaptador</translation>
    </message>
    <message>
        <source>Kept, by the model&apos;s confidence</source>
        <translation>Aceitas, por confiança do modelo</translation>
    </message>
    <message>
        <source>No confidence measured yet</source>
        <translation>Nenhuma confiança medida ainda</translation>
    </message>
    <message>
        <source>suggestions hidden</source>
        <translation>sugestões ocultas</translation>
    </message>
    <message>
        <source>Why they were hidden</source>
        <translation>Por que foram ocultadas</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Saved {n} completions to {path}.</source>
        <translation>{n} sugestões salvas em {path}.</translation>
    </message>
    <message>
        <source>Mezzo keeps timings, sizes, whether you kept each suggestion and why any was hidden. Your code is never recorded.</source>
        <translation>O Mezzo guarda tempos, tamanhos, se você aceitou cada sugestão e por que alguma foi ocultada. Seu código nunca é gravado.</translation>
    </message>
    <message>
        <source>Off: Mezzo records nothing while this is off. Your code is never recorded, either way. Statistics already kept are shown below.</source>
        <translation>Desativado: o Mezzo não grava nada enquanto isto estiver desativado. Seu código nunca é gravado, de qualquer forma. As estatísticas já guardadas aparecem abaixo.</translation>
    </message>
</context>
<context>
    <name>QtVersionRow</name>
    <message>
        <source>Version {version} · {size}</source>
        <translation>Versão {version} · {size}</translation>
    </message>
    <message>
        <source>● In use</source>
        <translation>● Em uso</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>File check</source>
        <translation>Verificação dos arquivos</translation>
    </message>
    <message>
        <source>Files OK</source>
        <translation>Arquivos OK</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Com defeito</translation>
    </message>
    <message>
        <source>Damaged: remove it</source>
        <translation>Com defeito: remova</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Consertar</translation>
    </message>
    <message>
        <source>Download version {v} again to repair it</source>
        <translation>Baixar a versão {v} de novo para consertá-la</translation>
    </message>
    <message>
        <source>Use this one</source>
        <translation>Usar esta</translation>
    </message>
    <message>
        <source>Use version {v}</source>
        <translation>Usar a versão {v}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove version {v}</source>
        <translation>Remover a versão {v}</translation>
    </message>
    <message>
        <source>Switch to another model before removing this one.</source>
        <translation>Mude para outro modelo antes de remover este.</translation>
    </message>
</context>
<context>
    <name>ServerControl</name>
    <message>
        <source>Mezzo could not start its server. Quit Mezzo and start it again; if this keeps happening, restart your computer.</source>
        <translation>O Mezzo não conseguiu iniciar o servidor dele. Feche o Mezzo e abra-o de novo; se isso continuar acontecendo, reinicie o computador.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Show suggestions in my editors</source>
        <translation>Mostrar sugestões nos meus editores</translation>
    </message>
    <message>
        <source>Start Mezzo when I log in</source>
        <translation>Iniciar o Mezzo ao fazer login</translation>
    </message>
    <message>
        <source>Keep usage statistics on this computer</source>
        <translation>Guardar estatísticas de uso neste computador</translation>
    </message>
    <message>
        <source>Keep usage statistics for</source>
        <translation>Guardar estatísticas de uso por</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugestões</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao fazer login</translation>
    </message>
    <message>
        <source>On battery</source>
        <translation>Na bateria</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Code intelligence</source>
        <translation>Inteligência de código</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation>Estatísticas de uso</translation>
    </message>
    <message>
        <source>Mezzo counts the suggestions you keep and dismiss, to show how well it helps you. The statistics stay on this computer.</source>
        <translation>O Mezzo conta as sugestões que você aceita e descarta, para mostrar o quanto ele ajuda você. As estatísticas ficam neste computador.</translation>
    </message>
    <message>
        <source>Keep usage statistics for:</source>
        <translation>Guardar estatísticas de uso por:</translation>
    </message>
    <message>
        <source>For connecting other programs to Mezzo, and for exact numbers.</source>
        <translation>Para conectar outros programas ao Mezzo e ajustar valores exatos.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Confidence threshold:</source>
        <translation>Limite de confiança:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>Conta do Hugging Face</translation>
    </message>
</context>
<context>
    <name>SnippetView</name>
    <message>
        <source>{title}: text to paste</source>
        <translation>{title}: texto para colar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the {title} setting</source>
        <translation>Copiar a configuração para {title}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>StudioPluginInstaller</name>
    <message>
        <source>Install the Studio plugin</source>
        <translation>Instalar o plugin do Studio</translation>
    </message>
    <message>
        <source>Installed. Restart Roblox Studio, open a script, and allow the plugin to make HTTP requests when Studio asks.</source>
        <translation>Instalado. Reinicie o Roblox Studio, abra um script e permita que o plugin faça solicitações HTTP quando o Studio perguntar.</translation>
    </message>
    <message>
        <source>Roblox Studio runs on Windows and macOS. To use the plugin, run Mezzo on the same computer as Studio.</source>
        <translation>O Roblox Studio roda no Windows e no macOS. Para usar o plugin, execute o Mezzo no mesmo computador que o Studio.</translation>
    </message>
    <message>
        <source>Mezzo puts its plugin into Roblox Studio&apos;s plugins folder.</source>
        <translation>O Mezzo coloca o plugin dele na pasta de plugins do Roblox Studio.</translation>
    </message>
</context>
<context>
    <name>TelemetryView</name>
    <message>
        <source>Very low</source>
        <translation>Muito baixa</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Muito alta</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <source>Unsure (the model was guessing)</source>
        <translation>Sem certeza (o modelo estava chutando)</translation>
    </message>
    <message>
        <source>Too short to be useful</source>
        <translation>Curta demais para ser útil</translation>
    </message>
    <message>
        <source>Suggestions were paused or switched off</source>
        <translation>As sugestões estavam pausadas ou desativadas</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Outros motivos</translation>
    </message>
    <message>
        <source>Repeated the code after the cursor</source>
        <translation>Repetia o código depois do cursor</translation>
    </message>
    <message>
        <source>Repeated the next line</source>
        <translation>Repetia a próxima linha</translation>
    </message>
    <message>
        <source>Held back to save battery</source>
        <translation>Retida para poupar bateria</translation>
    </message>
    <message>
        <source>Replaced by a newer request as you typed</source>
        <translation>Substituída por um pedido mais novo enquanto você digitava</translation>
    </message>
    <message>
        <source>{kept} of {shown} kept</source>
        <translation>{kept} de {shown} aceitas</translation>
    </message>
    <message>
        <source>kept {kept} of {shown} suggestions shown</source>
        <translation>você aceitou {kept} de {shown} sugestões mostradas</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aceitas</translation>
    </message>
    <message>
        <source>Typical (p50)</source>
        <translation>Típica (p50)</translation>
    </message>
    <message>
        <source>Slowest 5% (p95)</source>
        <translation>5% mais lentas (p95)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outra</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Modelo desconhecido</translation>
    </message>
    <message>
        <source>No adapter</source>
        <translation>Sem adaptador</translation>
    </message>
    <message>
        <source>out of {total} in this period ({share})</source>
        <translation>de {total} neste período ({share})</translation>
    </message>
    <message>
        <source>Every suggestion was shown.</source>
        <translation>Todas as sugestões foram mostradas.</translation>
    </message>
    <message>
        <source>suggestion hidden</source>
        <translation>sugestão oculta</translation>
    </message>
    <message>
        <source>suggestions hidden</source>
        <translation>sugestões ocultas</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Não medida</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Mezzo could not do that</source>
        <translation>O Mezzo não conseguiu fazer isso</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Mezzo menu</source>
        <translation>Menu do Mezzo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open Mezzo…</source>
        <translation>Abrir o Mezzo…</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <source>Adapters…</source>
        <translation>Adaptadores…</translation>
    </message>
    <message>
        <source>Usage statistics…</source>
        <translation>Estatísticas de uso…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir a pasta de registros</translation>
    </message>
    <message>
        <source>Quit Mezzo</source>
        <translation>Sair do Mezzo</translation>
    </message>
    <message>
        <source>This computer has no program to show folders. The log is in {folder}.</source>
        <translation>Este computador não tem um programa para mostrar pastas. O registro fica em {folder}.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add an adapter file</source>
        <translation>Adicionar um arquivo de adaptador</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>Adaptadores LoRA</translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation>Adicionar um arquivo de modelo</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Modelos GGUF</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exportar estatísticas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
</context>
</TS>
