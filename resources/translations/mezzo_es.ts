<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessTokenSection</name>
    <message>
        <source>Editors must send an access token</source>
        <translation>Los editores deben enviar un token de acceso</translation>
    </message>
    <message>
        <source>Require an access token</source>
        <translation>Pedir un token de acceso</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Mostrar el token de acceso</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Copiar el token de acceso</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nuevo token</translation>
    </message>
    <message>
        <source>Replace the access token with a new one</source>
        <translation>Reemplazar el token de acceso por uno nuevo</translation>
    </message>
    <message>
        <source>Editors send it as “Authorization: Bearer &lt;token&gt;”. Leave this off unless other people can use this computer: Mezzo only ever listens on this computer.</source>
        <translation>Los editores lo envían como “Authorization: Bearer &lt;token&gt;”. Déjalo desactivado salvo que otras personas puedan usar este equipo: Mezzo solo acepta conexiones desde este mismo equipo.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring, so the token is kept in a file only you can read ({file}). Install or unlock GNOME Keyring or KWallet to keep it there instead.</source>
        <translation>Este equipo no tiene un llavero seguro, así que el token se guarda en un archivo que solo tú puedes leer ({file}). Instala o desbloquea GNOME Keyring o KWallet para guardarlo allí.</translation>
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
        <translation>Elegir el adaptador del proyecto actual</translation>
    </message>
    <message>
        <source>Adapter: no project chosen…</source>
        <translation>Adaptador: ningún proyecto elegido…</translation>
    </message>
    <message>
        <source>Adapter: {adapter}</source>
        <translation>Adaptador: {adapter}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>AdapterEvaluation</name>
    <message>
        <source>The check stopped unexpectedly.</source>
        <translation>La comprobación se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <source>The check ended with exit code {code}.</source>
        <translation>La comprobación terminó con el código de salida {code}.</translation>
    </message>
    <message>
        <source>The check could not start: {why}</source>
        <translation>No se pudo iniciar la comprobación: {why}</translation>
    </message>
</context>
<context>
    <name>AdapterRows</name>
    <message>
        <source>no adapter</source>
        <translation>sin adaptador</translation>
    </message>
    <message>
        <source>{name} at its usual strength</source>
        <translation>{name} con su intensidad habitual</translation>
    </message>
    <message>
        <source>{name} at strength {scale}</source>
        <translation>{name} con intensidad {scale}</translation>
    </message>
    <message>
        <source>Any copy of this project, in any folder</source>
        <translation>Cualquier copia de este proyecto, en cualquier carpeta</translation>
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
        <translation>Parece que Mezzo ya está en marcha, pero no responde. Ciérralo (o reinicia el equipo) y vuelve a abrir Mezzo.</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Completions are on</source>
        <translation>Sugerencias activadas</translation>
    </message>
    <message>
        <source>Completions are off</source>
        <translation>Sugerencias desactivadas</translation>
    </message>
    <message>
        <source>Completions are paused</source>
        <translation>Sugerencias en pausa</translation>
    </message>
    <message>
        <source>On battery: completions slowed down</source>
        <translation>Con batería: sugerencias más lentas</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Mezzo needs your attention</source>
        <translation>Mezzo necesita tu atención</translation>
    </message>
    <message>
        <source>Completions are paused until {time}</source>
        <translation>Sugerencias en pausa hasta las {time}</translation>
    </message>
    <message>
        <source>Completions are waiting for a model</source>
        <translation>Las sugerencias esperan un modelo</translation>
    </message>
    <message>
        <source>Turn completions on</source>
        <translation>Activar las sugerencias</translation>
    </message>
    <message>
        <source>Turn completions off</source>
        <translation>Desactivar las sugerencias</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Reanudar ahora</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pausar durante 1 hora</translation>
    </message>
    <message>
        <source>See the Home page for what to do.</source>
        <translation>Consulta la página Inicio para saber qué hacer.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Models.</source>
        <translation>No hay ningún modelo cargado. Elige uno en Modelos.</translation>
    </message>
    <message>
        <source>Your editor gets no suggestions until you turn them on.</source>
        <translation>Tu editor no recibirá sugerencias hasta que las actives.</translation>
    </message>
    <message>
        <source>Suggestions come back by themselves at {time}.</source>
        <translation>Las sugerencias vuelven solas a las {time}.</translation>
    </message>
    <message>
        <source>{reason}. Suggestions come less often to save power.</source>
        <translation>{reason}. Las sugerencias llegan con menos frecuencia para ahorrar energía.</translation>
    </message>
    <message>
        <source>Suggestions start as soon as the model is ready.</source>
        <translation>Las sugerencias empezarán en cuanto el modelo esté listo.</translation>
    </message>
    <message>
        <source>Suggestions keep working while the download runs.</source>
        <translation>Las sugerencias siguen funcionando durante la descarga.</translation>
    </message>
    <message>
        <source>Your editor gets suggestions from {model}.</source>
        <translation>Tu editor recibe sugerencias de {model}.</translation>
    </message>
    <message>
        <source>the local model</source>
        <translation>el modelo local</translation>
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
        <translation>Tiempo entre sugerencias con batería</translation>
    </message>
    <message>
        <source>Low battery level</source>
        <translation>Nivel de batería baja</translation>
    </message>
    <message>
        <source>Pause suggestions when the battery is low</source>
        <translation>Pausar las sugerencias con la batería baja</translation>
    </message>
    <message>
        <source>Download models on battery power</source>
        <translation>Descargar modelos con batería</translation>
    </message>
    <message>
        <source>A model download keeps the network and the disk busy for minutes. Off, downloads wait until the computer is plugged in.</source>
        <translation>Descargar un modelo mantiene ocupados la red y el disco durante minutos. Si lo desactivas, las descargas esperan a que el equipo esté enchufado.</translation>
    </message>
    <message>
        <source>On battery Mezzo spaces suggestions out and keeps them shorter, so your laptop lasts longer.</source>
        <translation>Con batería, Mezzo espacia las sugerencias y las hace más cortas para que la batería dure más.</translation>
    </message>
    <message>
        <source>Time between suggestions:</source>
        <translation>Tiempo entre sugerencias:</translation>
    </message>
    <message>
        <source>Battery counts as low below:</source>
        <translation>Batería baja por debajo de:</translation>
    </message>
</context>
<context>
    <name>CodeSection</name>
    <message>
        <source>Use repository context</source>
        <translation>Usar el contexto del repositorio</translation>
    </message>
    <message>
        <source>Mezzo reads your project on this computer and adds a little of it to each suggestion, so suggestions can use your own functions. Nothing leaves this computer.</source>
        <translation>Mezzo lee tu proyecto en este equipo y usa un poco de él en cada sugerencia, para que las sugerencias puedan aprovechar tus propias funciones. Nada sale de este equipo.</translation>
    </message>
    <message>
        <source>How much project code to add</source>
        <translation>Cuánto código del proyecto agregar</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>More lets suggestions know more of your project, but the first suggestion after you move to another place takes longer. A token is about four letters.</source>
        <translation>Cuanto más agregues, mejor conocerán tu proyecto las sugerencias, pero la primera sugerencia al pasar a otra parte del código tardará más. Un token equivale a unas cuatro letras.</translation>
    </message>
    <message>
        <source>What the file requires</source>
        <translation>Lo que requiere el archivo</translation>
    </message>
    <message>
        <source>Adds the functions and types of the modules this file requires.</source>
        <translation>Agrega las funciones y los tipos de los módulos que requiere este archivo.</translation>
    </message>
    <message>
        <source>Functions used near the cursor</source>
        <translation>Funciones usadas cerca del cursor</translation>
    </message>
    <message>
        <source>Adds how the functions and types named near the cursor are written in other files of the project.</source>
        <translation>Agrega cómo están definidos, en otros archivos del proyecto, las funciones y los tipos que aparecen cerca del cursor.</translation>
    </message>
    <message>
        <source>Where you were just working</source>
        <translation>Donde estabas trabajando</translation>
    </message>
    <message>
        <source>Adds the code you changed last in other files.</source>
        <translation>Agrega lo último que cambiaste en otros archivos.</translation>
    </message>
    <message>
        <source>Stop at the end of the block</source>
        <translation>Parar al final del bloque</translation>
    </message>
    <message>
        <source>Cuts a suggestion where the function, loop or statement you are in ends.</source>
        <translation>Corta la sugerencia donde termina la función, el bucle o la instrucción en la que estás.</translation>
    </message>
    <message>
        <source>Balance brackets</source>
        <translation>Equilibrar paréntesis</translation>
    </message>
    <message>
        <source>Makes a suggestion’s brackets fit the code after the cursor, so none is left open or closed twice.</source>
        <translation>Ajusta los paréntesis de la sugerencia al código que hay tras el cursor, para que ninguno quede abierto ni se cierre dos veces.</translation>
    </message>
    <message>
        <source>Drop text already after the cursor</source>
        <translation>Quitar texto que ya está tras el cursor</translation>
    </message>
    <message>
        <source>Removes the end of a suggestion when it repeats the code after the cursor.</source>
        <translation>Quita el final de una sugerencia cuando repite el código que hay tras el cursor.</translation>
    </message>
    <message>
        <source>Drop repeated lines</source>
        <translation>Quitar líneas repetidas</translation>
    </message>
    <message>
        <source>Removes lines or blocks a suggestion repeats.</source>
        <translation>Quita las líneas o los bloques que repite una sugerencia.</translation>
    </message>
    <message>
        <source>One line in the middle of a line</source>
        <translation>Solo una línea a mitad de línea</translation>
    </message>
    <message>
        <source>In the middle of a line, suggest only the rest of it; after a line that opens a block, suggest the block. Suggestions then come sooner.</source>
        <translation>A mitad de una línea, sugiere solo el resto de esa línea; tras una línea que abre un bloque, sugiere el bloque. Así las sugerencias llegan antes.</translation>
    </message>
    <message>
        <source>Mezzo can read the rest of your project, so suggestions use your own functions. It all stays on this computer.</source>
        <translation>Mezzo puede leer el resto de tu proyecto para que las sugerencias usen tus propias funciones. Todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>How much project code to add:</source>
        <translation>Cuánto código del proyecto agregar:</translation>
    </message>
    <message>
        <source>Add from the project:</source>
        <translation>Agregar del proyecto:</translation>
    </message>
    <message>
        <source>Mezzo tidies each suggestion so it fits the code around it. Turn a rule off if it gets in your way.</source>
        <translation>Mezzo ajusta cada sugerencia para que encaje con el código de alrededor. Desactiva una regla si te estorba.</translation>
    </message>
</context>
<context>
    <name>ConfidenceSection</name>
    <message>
        <source>How many suggestions to show</source>
        <translation>Cuántas sugerencias mostrar</translation>
    </message>
    <message>
        <source>Left shows fewer, surer suggestions; right shows more suggestions.</source>
        <translation>A la izquierda, menos sugerencias pero más seguras; a la derecha, más sugerencias.</translation>
    </message>
    <message>
        <source>Use the model’s default</source>
        <translation>Usar el valor del modelo</translation>
    </message>
    <message>
        <source>Suggest from my history</source>
        <translation>Ajustar según mi historial</translation>
    </message>
    <message>
        <source>Set the slider from the suggestions you kept and dismissed</source>
        <translation>Ajustar el control deslizante según las sugerencias que aceptaste y descartaste</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Umbral de confianza</translation>
    </message>
    <message>
        <source>The average log-probability per token a suggestion must reach. 0 means certain; closer to 0 shows fewer suggestions.</source>
        <translation>La log-probabilidad media por token que debe alcanzar una sugerencia. 0 significa certeza total; cuanto más cerca de 0, menos sugerencias se muestran.</translation>
    </message>
    <message>
        <source>Show fewer, surer suggestions</source>
        <translation>Mostrar menos sugerencias, pero más seguras</translation>
    </message>
    <message>
        <source>Show more suggestions</source>
        <translation>Mostrar más sugerencias</translation>
    </message>
    <message>
        <source>Mezzo hides suggestions the model is unsure of. Choose how sure it must be.</source>
        <translation>Mezzo oculta las sugerencias de las que el modelo no está seguro. Elige cuánta seguridad le exiges.</translation>
    </message>
    <message>
        <source>Reading your statistics…</source>
        <translation>Leyendo tus estadísticas…</translation>
    </message>
    <message>
        <source>No suggestion yet: {reason}</source>
        <translation>Todavía no hay una propuesta: {reason}</translation>
    </message>
    <message>
        <source>Set to suit the suggestions you kept and dismissed.</source>
        <translation>Ajustado según las sugerencias que aceptaste y descartaste.</translation>
    </message>
    <message>
        <source>Your statistics could not be read. Try again later.</source>
        <translation>No se pudieron leer tus estadísticas. Inténtalo de nuevo más tarde.</translation>
    </message>
</context>
<context>
    <name>ConnectEditorsView</name>
    <message>
        <source>VS Code with llama.vscode</source>
        <translation>VS Code con llama.vscode</translation>
    </message>
    <message>
        <source>Continue (VS Code or JetBrains)</source>
        <translation>Continue (VS Code o JetBrains)</translation>
    </message>
    <message>
        <source>Roblox Studio plugin</source>
        <translation>Plugin de Roblox Studio</translation>
    </message>
    <message>
        <source>In VS Code, open Settings (JSON) and add this line:</source>
        <translation>En VS Code, abre la configuración en JSON (Settings (JSON)) y agrega esta línea:</translation>
    </message>
    <message>
        <source>Add this model to Continue&apos;s config.yaml:</source>
        <translation>Agrega este modelo al config.yaml de Continue:</translation>
    </message>
    <message>
        <source>The plugin sends its requests to this address; there is nothing to change. If Studio asks whether the plugin may use localhost, choose Allow.</source>
        <translation>El plugin envía sus peticiones a esta dirección; no hay nada que cambiar. Si Studio pregunta si el plugin puede usar localhost, elige Permitir (Allow).</translation>
    </message>
    <message>
        <source>The Roblox Studio plugin only uses port 11434, and Mezzo&apos;s port for Ollama clients is set to something else. Set it back to 11434 in Settings.</source>
        <translation>El plugin de Roblox Studio solo usa el puerto 11434, y el puerto de Mezzo para clientes de Ollama tiene otro valor. Vuelve a ponerlo en 11434 en Ajustes.</translation>
    </message>
    <message>
        <source>Another program (probably Ollama) is using port 11434, so the Roblox Studio plugin cannot reach Mezzo. Quit that program, then restart Mezzo.</source>
        <translation>Otro programa (seguramente Ollama) está usando el puerto 11434, así que el plugin de Roblox Studio no puede conectar con Mezzo. Cierra ese programa y reinicia Mezzo.</translation>
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
        <translation>Ningún editor ha pedido una sugerencia todavía. Configura uno en “Conecta tu editor”, más abajo; aparecerá aquí en cuanto haga una petición.</translation>
    </message>
    <message>
        <source>Another editor (llama.cpp style)</source>
        <translation>Otro editor (estilo llama.cpp)</translation>
    </message>
    <message>
        <source>Another editor (Ollama style)</source>
        <translation>Otro editor (estilo Ollama)</translation>
    </message>
    <message>
        <source>Another editor (OpenAI style)</source>
        <translation>Otro editor (estilo OpenAI)</translation>
    </message>
    <message>
        <source>Another editor</source>
        <translation>Otro editor</translation>
    </message>
    <message>
        <source>asked just now</source>
        <translation>pidió hace un momento</translation>
    </message>
    <message>
        <source>asked {n} s ago</source>
        <translation>pidió hace {n} s</translation>
    </message>
    <message>
        <source>asked {n} min ago</source>
        <translation>pidió hace {n} min</translation>
    </message>
    <message>
        <source>Its first suggestion is on its way.</source>
        <translation>Su primera sugerencia está en camino.</translation>
    </message>
    <message>
        <source>Its last suggestion was shown.</source>
        <translation>Su última sugerencia se mostró.</translation>
    </message>
    <message>
        <source>Its last suggestion was hidden: the model was unsure.</source>
        <translation>Su última sugerencia se ocultó: el modelo no estaba seguro.</translation>
    </message>
    <message>
        <source>Its last suggestion was hidden: it was too short or repeated nearby code.</source>
        <translation>Su última sugerencia se ocultó: era demasiado corta o repetía código cercano.</translation>
    </message>
    <message>
        <source>The model had nothing to suggest last time.</source>
        <translation>La última vez, el modelo no tenía nada que sugerir.</translation>
    </message>
    <message>
        <source>It asked while suggestions were paused or off.</source>
        <translation>Hizo la petición mientras las sugerencias estaban en pausa o desactivadas.</translation>
    </message>
    <message>
        <source>Typing went on before its last suggestion was ready, so it was dropped.</source>
        <translation>Seguiste escribiendo antes de que su última sugerencia estuviera lista, así que se descartó.</translation>
    </message>
    <message>
        <source>Mezzo could not answer its last request. The log has the details.</source>
        <translation>Mezzo no pudo responder a su última petición. Encontrarás los detalles en el registro.</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>Port for editors</source>
        <translation>Puerto para editores</translation>
    </message>
    <message>
        <source>Port for Ollama clients</source>
        <translation>Puerto para clientes de Ollama</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>The new port is used once the server restarts. Editors then need the new address (see Home).</source>
        <translation>El nuevo puerto se usará cuando se reinicie el servidor. Después, los editores necesitarán la nueva dirección (consulta Inicio).</translation>
    </message>
    <message>
        <source>Restart the server now</source>
        <translation>Reiniciar el servidor ahora</translation>
    </message>
    <message>
        <source>Allowed origins, one per line</source>
        <translation>Orígenes permitidos, uno por línea</translation>
    </message>
    <message>
        <source>Save origins</source>
        <translation>Guardar orígenes</translation>
    </message>
    <message>
        <source>Save the allowed origins</source>
        <translation>Guardar los orígenes permitidos</translation>
    </message>
    <message>
        <source>Port for editors:</source>
        <translation>Puerto para editores:</translation>
    </message>
    <message>
        <source>Port for Ollama clients:</source>
        <translation>Puerto para clientes de Ollama:</translation>
    </message>
    <message>
        <source>Web pages and editor webviews allowed to call Mezzo, one per line. A * matches any text, as in vscode-webview://*.</source>
        <translation>Páginas web y webviews de editores que pueden llamar a Mezzo, una por línea. Un * coincide con cualquier texto, como en vscode-webview://*.</translation>
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
        <translation>Controles de Mezzo</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué falló</translation>
    </message>
    <message>
        <source>Open Mezzo…</source>
        <translation>Abrir Mezzo…</translation>
    </message>
    <message>
        <source>Open the Mezzo window</source>
        <translation>Abrir la ventana de Mezzo</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More: the full Mezzo menu</source>
        <translation>Más: el menú completo de Mezzo</translation>
    </message>
    <message>
        <source>Quit Mezzo</source>
        <translation>Salir de Mezzo</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so Mezzo&apos;s controls live here. Closing this window quits Mezzo.</source>
        <translation>Tu escritorio no tiene bandeja del sistema, así que los controles de Mezzo están aquí. Si cierras esta ventana, Mezzo se cierra.</translation>
    </message>
</context>
<context>
    <name>CoreBridge</name>
    <message>
        <source>Loading the model was stopped. Choose a model in Models.</source>
        <translation>Se detuvo la carga del modelo. Elige un modelo en Modelos.</translation>
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
        <translation>queda menos de un minuto</translation>
    </message>
    <message>
        <source>about {m} min left</source>
        <translation>quedan unos {m} min</translation>
    </message>
    <message>
        <source>about {h} h {m} min left</source>
        <translation>quedan unas {h} h {m} min</translation>
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
        <translation>Usar la GPU ({name})</translation>
    </message>
    <message>
        <source>Use the GPU</source>
        <translation>Usar la GPU</translation>
    </message>
    <message>
        <source>The GPU makes suggestions come faster. Turn it off if the GPU is busy with a game or runs out of memory.</source>
        <translation>Con la GPU, las sugerencias llegan más rápido. Desactívala si la GPU está ocupada con un juego o se queda sin memoria.</translation>
    </message>
    <message>
        <source>This computer&apos;s llama.cpp has no GPU support, so Mezzo runs on the CPU.</source>
        <translation>El llama.cpp de este equipo no admite GPU, así que Mezzo funciona con la CPU.</translation>
    </message>
    <message>
        <source>Load the model again now</source>
        <translation>Volver a cargar el modelo ahora</translation>
    </message>
    <message>
        <source>This applies the next time Mezzo loads a model.</source>
        <translation>Se aplicará la próxima vez que Mezzo cargue un modelo.</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Turn completions on or off</source>
        <translation>Activar o desactivar las sugerencias</translation>
    </message>
    <message>
        <source>Pause or resume completions</source>
        <translation>Pausar o reanudar las sugerencias</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Start the server again</source>
        <translation>Volver a iniciar el servidor</translation>
    </message>
    <message>
        <source>Address editors connect to</source>
        <translation>Dirección a la que se conectan los editores</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modelo en uso</translation>
    </message>
    <message>
        <source>Adapter for the current repository</source>
        <translation>Adaptador del repositorio actual</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Dónde se ejecuta el modelo</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
    <message>
        <source>Open the folder with Mezzo&apos;s log</source>
        <translation>Abrir la carpeta con el registro de Mezzo</translation>
    </message>
    <message>
        <source>Suggestions hidden as unsure</source>
        <translation>Sugerencias ocultas por poco seguras</translation>
    </message>
    <message>
        <source>Show more suggestions</source>
        <translation>Mostrar más sugerencias</translation>
    </message>
    <message>
        <source>Lower the confidence threshold so more suggestions are shown</source>
        <translation>Bajar el umbral de confianza para que se muestren más sugerencias</translation>
    </message>
    <message>
        <source>Connected editors</source>
        <translation>Editores conectados</translation>
    </message>
    <message>
        <source>Connect your editor</source>
        <translation>Conecta tu editor</translation>
    </message>
    <message>
        <source>Editors connect to</source>
        <translation>Dirección para editores</translation>
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
        <translation>ninguno cargado</translation>
    </message>
    <message>
        <source>Mezzo hid {hidden} of the last {judged} suggestions because the model was unsure of them.</source>
        <translation>Mezzo ocultó {hidden} de las últimas {judged} sugerencias porque el modelo no estaba seguro de ellas.</translation>
    </message>
    <message>
        <source>Running on the CPU</source>
        <translation>Se ejecuta en la CPU</translation>
    </message>
    <message>
        <source>Running on the {device}</source>
        <translation>Se ejecuta en {device}</translation>
    </message>
    <message>
        <source>none (the model alone)</source>
        <translation>ninguno (solo el modelo)</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>{url}  ·  Ollama clients: {ollama}</source>
        <translation>{url}  ·  Clientes de Ollama: {ollama}</translation>
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
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the Hugging Face token</source>
        <translation>Guardar el token de Hugging Face</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Forget the Hugging Face token</source>
        <translation>Olvidar el token de Hugging Face</translation>
    </message>
    <message>
        <source>Only needed for models that ask you to sign in on huggingface.co.</source>
        <translation>Solo hace falta para los modelos que te piden iniciar sesión en huggingface.co.</translation>
    </message>
    <message>
        <source>Paste your token first, then choose Save.</source>
        <translation>Primero pega tu token y después elige Guardar.</translation>
    </message>
    <message>
        <source>Saved in your system keyring.</source>
        <translation>Guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Saved until Mezzo quits: this computer has no secure keyring, so you will need to enter it again next time.</source>
        <translation>Guardado hasta que cierres Mezzo: este equipo no tiene un llavero seguro, así que tendrás que volver a escribirlo la próxima vez.</translation>
    </message>
    <message>
        <source>The token is forgotten.</source>
        <translation>Token olvidado.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Free for any use, including commercial use.</source>
        <translation>Gratis para cualquier uso, incluido el comercial.</translation>
    </message>
    <message>
        <source>Non-commercial use only: research and personal projects.</source>
        <translation>Solo para uso no comercial: investigación y proyectos personales.</translation>
    </message>
    <message>
        <source>Mezzo does not know this licence: see the model&apos;s page for what it allows.</source>
        <translation>Mezzo no conoce esta licencia: consulta en la página del modelo qué permite.</translation>
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
        <translation>Ventana principal de Mezzo</translation>
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
        <translation>En pausa. Lo descargado hasta ahora se conserva; pulsa Reanudar para continuar.</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message>
        <source>Mezzo cannot reach the model download site. Check that this computer is online, then press Resume: what is already downloaded is kept.</source>
        <translation>Mezzo no puede conectar con el sitio de descarga de modelos. Comprueba que este equipo tenga conexión a internet y pulsa Reanudar: lo ya descargado se conserva.</translation>
    </message>
    <message>
        <source>This model needs a Hugging Face access token. Accept the model&apos;s licence on huggingface.co, add your token in Settings, then try again.</source>
        <translation>Este modelo necesita un token de acceso de Hugging Face. Acepta la licencia del modelo en huggingface.co, agrega tu token en Ajustes y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The download arrived damaged, so Mezzo deleted it and installed nothing. Try again; if it keeps happening, your network may be altering downloads.</source>
        <translation>La descarga llegó dañada, así que Mezzo la borró y no instaló nada. Vuelve a intentarlo; si sigue pasando, puede que tu red esté alterando las descargas.</translation>
    </message>
    <message>
        <source>The file Mezzo received is not the model it expected, so it was not installed. Pick another model, or update Mezzo.</source>
        <translation>El archivo que recibió Mezzo no es el modelo que esperaba, así que no se instaló. Elige otro modelo o actualiza Mezzo.</translation>
    </message>
    <message>
        <source>This version of the model is no longer available for download. Pick another model, or update Mezzo to get its newer model list.</source>
        <translation>Esta versión del modelo ya no se puede descargar. Elige otro modelo o actualiza Mezzo para tener su lista de modelos más reciente.</translation>
    </message>
    <message>
        <source>Mezzo downloads models only while this computer is plugged in, to save the battery. Plug it in and try again, or turn on “Download models on battery power” in Settings. What is already downloaded is kept.</source>
        <translation>Mezzo solo descarga modelos con el equipo enchufado, para ahorrar batería. Enchúfalo y vuelve a intentarlo, o activa “Descargar modelos con batería” en Ajustes. Lo ya descargado se conserva.</translation>
    </message>
    <message>
        <source>Another Mezzo window is changing the same files. Try again in a moment.</source>
        <translation>Otra ventana de Mezzo está modificando los mismos archivos. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>{new} could not be loaded ({why}); Mezzo went back to {old}.</source>
        <translation>No se pudo cargar {new} ({why}); Mezzo volvió a {old}.</translation>
    </message>
    <message>
        <source>This model needs about {needed} of memory and only {free} is free. Close some programs, or choose a smaller model.</source>
        <translation>Este modelo necesita unos {needed} de memoria y solo hay {free} libres. Cierra algunos programas o elige un modelo más pequeño.</translation>
    </message>
    <message>
        <source>The model file is missing ({file}). Pick another model in Models, or download it again.</source>
        <translation>Falta el archivo del modelo ({file}). Elige otro modelo en Modelos o vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>This version of Mezzo cannot run {file}: it may be for a newer llama.cpp, or damaged. Pick another model, or download it again.</source>
        <translation>Esta versión de Mezzo no puede ejecutar {file}: puede que sea para un llama.cpp más reciente o que esté dañado. Elige otro modelo o vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>The model {file} could not be loaded. Pick another model in Models.</source>
        <translation>No se pudo cargar el modelo {file}. Elige otro modelo en Modelos.</translation>
    </message>
    <message>
        <source>The model is not ready yet. Wait a moment, or pick a model in Models.</source>
        <translation>El modelo aún no está listo. Espera un momento o elige un modelo en Modelos.</translation>
    </message>
    <message>
        <source>Mezzo is shutting down.</source>
        <translation>Mezzo se está cerrando.</translation>
    </message>
    <message>
        <source>Another program already uses port {port}, so editors cannot reach Mezzo. Quit that program (another Mezzo or llama-server?) and press Try again, or choose another port in Settings.</source>
        <translation>Otro programa ya usa el puerto {port}, así que los editores no pueden conectar con Mezzo. Cierra ese programa (¿otro Mezzo o llama-server?) y pulsa Reintentar, o elige otro puerto en Ajustes.</translation>
    </message>
    <message>
        <source>Mezzo does not know this model. Pick one from the list in Models.</source>
        <translation>Mezzo no conoce este modelo. Elige uno de la lista en Modelos.</translation>
    </message>
    <message>
        <source>The model list Mezzo received is not signed by Mezzo&apos;s publishers, so it was not used. The list that came with Mezzo stays in place.</source>
        <translation>La lista de modelos que recibió Mezzo no está firmada por los responsables de Mezzo, así que no se usó. Se mantiene la lista que venía con Mezzo.</translation>
    </message>
    <message>
        <source>This model cannot fill in code between the lines in the way chosen in Settings. Set the prompt format back to automatic.</source>
        <translation>Este modelo no puede completar código entre líneas de la forma elegida en Ajustes. Vuelve a poner el formato del prompt en automático.</translation>
    </message>
    <message>
        <source>The setting {name} has a value Mezzo cannot use. Change or remove it.</source>
        <translation>El ajuste {name} tiene un valor que Mezzo no puede usar. Cámbialo o quítalo.</translation>
    </message>
    <message>
        <source>it is not a model file</source>
        <translation>no es un archivo de modelo</translation>
    </message>
    <message>
        <source>it needs about {needed} of memory and only {free} is free</source>
        <translation>necesita unos {needed} de memoria y solo hay {free} libres</translation>
    </message>
    <message>
        <source>its file is missing</source>
        <translation>falta su archivo</translation>
    </message>
    <message>
        <source>the file is damaged, or made for a newer version of Mezzo</source>
        <translation>el archivo está dañado o es para una versión más reciente de Mezzo</translation>
    </message>
    <message>
        <source>it cannot fill in code in the way chosen in Settings</source>
        <translation>no puede completar código de la forma elegida en Ajustes</translation>
    </message>
    <message>
        <source>Mezzo could not start it</source>
        <translation>Mezzo no pudo iniciarlo</translation>
    </message>
    <message>
        <source>There is not enough free disk space: this needs {needed} and {free} is free. Free some space, or pick a smaller model.</source>
        <translation>No hay suficiente espacio libre en el disco: hacen falta {needed} y hay {free} libres. Libera espacio o elige un modelo más pequeño.</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space, then press Resume: the download goes on where it stopped.</source>
        <translation>El disco se llenó durante la descarga. Libera espacio y pulsa Reanudar: la descarga seguirá donde se quedó.</translation>
    </message>
    <message>
        <source>The adapter “{adapter}” does not fit the model “{base}”: {why}. Pick the model it was trained for beside “Add an adapter file…” and add it again.</source>
        <translation>El adaptador “{adapter}” no encaja con el modelo “{base}”: {why}. Elige el modelo para el que se entrenó, junto a “Agregar archivo de adaptador…”, y vuelve a agregarlo.</translation>
    </message>
    <message>
        <source>“{folder}” is not a folder on this computer (it may have been moved or deleted). Pick the project folder again.</source>
        <translation>“{folder}” no es una carpeta de este equipo (puede que se haya movido o borrado). Vuelve a elegir la carpeta del proyecto.</translation>
    </message>
    <message>
        <source>No adapter named “{name}” is installed. Add it on the Adapters page.</source>
        <translation>No hay ningún adaptador instalado llamado “{name}”. Agrégalo en la página Adaptadores.</translation>
    </message>
    <message>
        <source>llama.cpp could not use the adapter “{name}” with this model, so completions run without it. Remove the adapter and add it again.</source>
        <translation>llama.cpp no pudo usar el adaptador “{name}” con este modelo, así que las sugerencias funcionan sin él. Quita el adaptador y vuelve a agregarlo.</translation>
    </message>
    <message>
        <source>This file is a whole model, not an adapter. Add it on the Models page instead.</source>
        <translation>Este archivo es un modelo completo, no un adaptador. Agrégalo en la página Modelos.</translation>
    </message>
    <message>
        <source>{file} is not a LoRA adapter Mezzo can use (it is missing, damaged, or another kind of file). Pick the adapter&apos;s .gguf file.</source>
        <translation>{file} no es un adaptador LoRA que Mezzo pueda usar (no existe, está dañado o es otro tipo de archivo). Elige el archivo .gguf del adaptador.</translation>
    </message>
    <message>
        <source>“{name}” is still used by: {repos}. Remove those mappings first.</source>
        <translation>“{name}” todavía lo usan: {repos}. Quita primero esas asignaciones.</translation>
    </message>
    <message>
        <source>Mezzo needs an installed model to check the adapter against. Pick or download a model on the Models page first.</source>
        <translation>Mezzo necesita un modelo instalado para comprobar el adaptador. Elige o descarga primero un modelo en la página Modelos.</translation>
    </message>
    <message>
        <source>Roblox Studio is not installed on this computer. Install it from roblox.com and open it once, then install the plugin.</source>
        <translation>Roblox Studio no está instalado en este equipo. Instálalo desde roblox.com, ábrelo una vez y luego instala el plugin.</translation>
    </message>
    <message>
        <source>Mezzo is not allowed to save the plugin in Roblox Studio&apos;s plugins folder. Close Roblox Studio and try again; if it still fails, the folder may be read-only, or managed by your school or workplace.</source>
        <translation>Mezzo no tiene permiso para guardar el plugin en la carpeta de plugins de Roblox Studio. Cierra Roblox Studio y vuelve a intentarlo; si sigue fallando, puede que la carpeta sea de solo lectura o que la administre tu escuela o tu trabajo.</translation>
    </message>
    <message>
        <source>The disk is full, so the Studio plugin could not be saved. Free some space, then try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar el plugin de Studio. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Mezzo could not read or write its files. Check that your home folder has free space and is writable, then try again.</source>
        <translation>Mezzo no pudo leer ni escribir sus archivos. Comprueba que tu carpeta personal tenga espacio libre y permita escribir en ella, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Something went wrong with a model download or install. Look at the model on the Models page and try again; the details are in Mezzo&apos;s log: {log}</source>
        <translation>Algo falló en la descarga o instalación de un modelo. Revisa el modelo en la página Modelos y vuelve a intentarlo; los detalles están en el registro de Mezzo: {log}</translation>
    </message>
    <message>
        <source>Something went wrong with an adapter. Look at it on the Adapters page and try again; the details are in Mezzo&apos;s log: {log}</source>
        <translation>Algo falló con un adaptador. Revísalo en la página Adaptadores y vuelve a intentarlo; los detalles están en el registro de Mezzo: {log}</translation>
    </message>
    <message>
        <source>Something went wrong that Mezzo has no explanation for. Try again; if it keeps happening, quit Mezzo and start it again. The details are in Mezzo&apos;s log: {log}</source>
        <translation>Algo falló y Mezzo no sabe explicar por qué. Vuelve a intentarlo; si sigue pasando, cierra Mezzo y vuelve a abrirlo. Los detalles están en el registro de Mezzo: {log}</translation>
    </message>
    <message>
        <source>{name} in Mezzo&apos;s logs folder</source>
        <translation>{name} en la carpeta de registros de Mezzo</translation>
    </message>
</context>
<context>
    <name>MezzoApp</name>
    <message>
        <source>Mezzo is still running</source>
        <translation>Mezzo sigue en marcha</translation>
    </message>
    <message>
        <source>Completions keep working. Mezzo&apos;s menu is in the system tray.</source>
        <translation>Las sugerencias siguen funcionando. El menú de Mezzo está en la bandeja del sistema.</translation>
    </message>
</context>
<context>
    <name>ModelChoices</name>
    <message>
        <source>Choose the model</source>
        <translation>Elegir el modelo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modelo: {model}</translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation>Aún no hay modelos</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>Licence: {name}. {summary}</source>
        <translation>Licencia: {name}. {summary}</translation>
    </message>
    <message>
        <source>Starter model: its suggestions are weak. It is only here so that Mezzo works offline straight away.</source>
        <translation>Modelo inicial: sus sugerencias son flojas. Solo está aquí para que Mezzo funcione sin conexión desde el primer momento.</translation>
    </message>
    <message>
        <source>Smaller and faster</source>
        <translation>Más pequeño y rápido</translation>
    </message>
    <message>
        <source>Closer to the original</source>
        <translation>Más fiel al original</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>{kind} ({quantization}, {size})</source>
        <translation>{kind} ({quantization}, {size})</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>unos {size}</translation>
    </message>
    <message>
        <source>Some models come in two sizes. The smaller one is compressed more: it downloads sooner, needs less memory and answers a little faster. The larger one is closer to the original model, so its suggestions are slightly better.</source>
        <translation>Algunos modelos vienen en dos tamaños. El más pequeño está más comprimido: se descarga antes, necesita menos memoria y responde un poco más rápido. El más grande se parece más al modelo original, así que sus sugerencias son algo mejores.</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>Welcome to Mezzo</source>
        <translation>Te damos la bienvenida a Mezzo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Volver a la página anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Mezzo suggests the next bit of code while you type, in Roblox Studio, VS Code and other editors. It runs a small AI model on this computer, so your code never leaves it.</source>
        <translation>Mezzo sugiere el siguiente trozo de código mientras escribes, en Roblox Studio, VS Code y otros editores. Usa un pequeño modelo de IA en este equipo, así que tu código nunca sale de él.</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Elige un modelo</translation>
    </message>
    <message>
        <source>Download the suggested model</source>
        <translation>Descargar el modelo recomendado</translation>
    </message>
    <message>
        <source>Use the starter for now</source>
        <translation>Usar el inicial por ahora</translation>
    </message>
    <message>
        <source>Use the starter model, which is already on this computer, for now</source>
        <translation>Usar por ahora el modelo inicial, que ya está en este equipo</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar descarga</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>Descargar igualmente</translation>
    </message>
    <message>
        <source>Download anyway, on battery power</source>
        <translation>Descargar igualmente, con batería</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>This computer has {ram} of memory and {disk} free.</source>
        <translation>Este equipo tiene {ram} de memoria y {disk} libres en el disco.</translation>
    </message>
    <message>
        <source>Suggested for this computer: about {size} to download, uses about {ram} of memory while it runs.</source>
        <translation>Recomendado para este equipo: unos {size} de descarga; usa unos {ram} de memoria mientras funciona.</translation>
    </message>
    <message>
        <source>{name} would also fit and writes better code, but its licence is narrower. {summary} You can still choose it on the Models page.</source>
        <translation>{name} también cabría y escribe mejor código, pero su licencia es más restrictiva. {summary} Puedes elegirlo igualmente en la página Modelos.</translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}: {done} de {total}</translation>
    </message>
    <message>
        <source>No model fits</source>
        <translation>No cabe ningún modelo</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>Libera espacio en el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The bigger models do not fit this computer, so Mezzo starts with its starter model. It is already here, so there is nothing to download.</source>
        <translation>Los modelos más grandes no caben en este equipo, así que Mezzo empieza con su modelo inicial. Como ya está aquí, no hay nada que descargar.</translation>
    </message>
    <message>
        <source>Connect your editor</source>
        <translation>Conecta tu editor</translation>
    </message>
    <message>
        <source>Keep Mezzo running (it sits in the system tray) and point your editor at it. The Home page shows this again whenever you need it.</source>
        <translation>Deja Mezzo en marcha (está en la bandeja del sistema) y configura tu editor para que se conecte a él. La página Inicio vuelve a mostrarte esto siempre que lo necesites.</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Usar {name}</translation>
    </message>
    <message>
        <source>Download it now</source>
        <translation>Descargarlo ahora</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Checking the download</source>
        <translation>Comprobando la descarga</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Instalando</translation>
    </message>
    <message>
        <source>{name} is ready. Mezzo is loading it now.</source>
        <translation>{name} está listo. Mezzo lo está cargando.</translation>
    </message>
    <message>
        <source>Download stopped. You can start it again from Models at any time.</source>
        <translation>Descarga detenida. Puedes volver a iniciarla desde Modelos cuando quieras.</translation>
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
        <translation>Inicio</translation>
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
        <translation>Estadísticas de uso</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The {title} page is not available in this version of Mezzo. Completions keep working; reinstalling Mezzo brings the page back.</source>
        <translation>La página {title} no está disponible en esta versión de Mezzo. Las sugerencias siguen funcionando; si reinstalas Mezzo, la página volverá.</translation>
    </message>
    <message>
        <source>{title} not available</source>
        <translation>{title} no disponible</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation>Estadísticas de uso</translation>
    </message>
</context>
<context>
    <name>QtAdapterRow</name>
    <message>
        <source>any language</source>
        <translation>cualquier lenguaje</translation>
    </message>
    <message>
        <source>Version {version} · for {base} · {languages}</source>
        <translation>Versión {version} · para {base} · {languages}</translation>
    </message>
    <message>
        <source>LoRA rank {rank}, default strength {scale:g}</source>
        <translation>LoRA de rango {rank}, intensidad predeterminada {scale:g}</translation>
    </message>
    <message>
        <source>Fits the model in use</source>
        <translation>Compatible con el modelo en uso</translation>
    </message>
    <message>
        <source>● Fits the model in use</source>
        <translation>● Compatible con el modelo en uso</translation>
    </message>
    <message>
        <source>No model is in use yet, so it is not used.</source>
        <translation>Aún no hay ningún modelo en uso, así que no se usa.</translation>
    </message>
    <message>
        <source>Not used with the model in use: it was made for “{base}”, and Mezzo is running “{active}”. Switch to that model on the Models page to use it.</source>
        <translation>No se usa con el modelo actual: se hizo para “{base}” y Mezzo está usando “{active}”. Cambia a ese modelo en la página Modelos para usarlo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove adapter {ref}</source>
        <translation>Quitar el adaptador {ref}</translation>
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
        <translation>Un adaptador es un pequeño complemento que ajusta el modelo a un proyecto o lenguaje concreto, como tu juego de Roblox. Mezzo lo elige según el proyecto que estés editando.</translation>
    </message>
    <message>
        <source>Adapters notice</source>
        <translation>Aviso de Adaptadores</translation>
    </message>
    <message>
        <source>Installed adapters</source>
        <translation>Adaptadores instalados</translation>
    </message>
    <message>
        <source>Why the adapter was not added</source>
        <translation>Por qué no se agregó el adaptador</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Adapters page</source>
        <translation>Página Adaptadores</translation>
    </message>
    <message>
        <source>Add an adapter file…</source>
        <translation>Agregar archivo de adaptador…</translation>
    </message>
    <message>
        <source>Add an adapter file</source>
        <translation>Agregar un archivo de adaptador</translation>
    </message>
    <message>
        <source>Model the adapter was trained for</source>
        <translation>Modelo para el que se entrenó el adaptador</translation>
    </message>
    <message>
        <source>for the model</source>
        <translation>para el modelo</translation>
    </message>
    <message>
        <source>Adapter to map</source>
        <translation>Adaptador que asignar</translation>
    </message>
    <message>
        <source>Adapter strength (scale)</source>
        <translation>Intensidad del adaptador (escala)</translation>
    </message>
    <message>
        <source>How strongly the adapter changes the model: 1 is as trained, less is milder.</source>
        <translation>Cuánto cambia el adaptador al modelo: 1 es tal como se entrenó; menos es más suave.</translation>
    </message>
    <message>
        <source>Map a project folder…</source>
        <translation>Asignar carpeta de proyecto…</translation>
    </message>
    <message>
        <source>Map a project folder to this adapter</source>
        <translation>Asignar una carpeta de proyecto a este adaptador</translation>
    </message>
    <message>
        <source>Add a project: use</source>
        <translation>Agregar un proyecto: usar</translation>
    </message>
    <message>
        <source>at strength</source>
        <translation>con intensidad</translation>
    </message>
    <message>
        <source>Adapter for every other project</source>
        <translation>Adaptador para los demás proyectos</translation>
    </message>
    <message>
        <source>Every other project uses</source>
        <translation>Los demás proyectos usan</translation>
    </message>
    <message>
        <source>No adapters yet. Add one with “Add an adapter file…” below.</source>
        <translation>Aún no hay adaptadores. Agrega uno con “Agregar archivo de adaptador…”, más abajo.</translation>
    </message>
    <message>
        <source>No projects mapped to an adapter yet.</source>
        <translation>Aún no hay proyectos asignados a un adaptador.</translation>
    </message>
    <message>
        <source>No adapter</source>
        <translation>Sin adaptador</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Agregando {name}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Se agregó {name}.</translation>
    </message>
    <message>
        <source>Remove the adapter {ref}?</source>
        <translation>¿Quitar el adaptador {ref}?</translation>
    </message>
    <message>
        <source>Remove adapter</source>
        <translation>Quitar adaptador</translation>
    </message>
    <message>
        <source>Choose the project folder for {name}</source>
        <translation>Elige la carpeta del proyecto para {name}</translation>
    </message>
    <message>
        <source>“{project}” now uses {target}.</source>
        <translation>Ahora “{project}” usa: {target}.</translation>
    </message>
</context>
<context>
    <name>QtBarChart</name>
    <message>
        <source>No data yet.</source>
        <translation>Aún no hay datos.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
</context>
<context>
    <name>QtCurrentProject</name>
    <message>
        <source>Current project</source>
        <translation>Proyecto actual</translation>
    </message>
    <message>
        <source>llama.vscode and the Roblox Studio plugin do not tell Mezzo which file you are in. Pick the project you are working on, and they get its adapter.</source>
        <translation>llama.vscode y el plugin de Roblox Studio no le dicen a Mezzo en qué archivo estás. Elige el proyecto en el que trabajas y recibirán su adaptador.</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Carpeta del proyecto</translation>
    </message>
    <message>
        <source>Git remote of the current project</source>
        <translation>Remoto de git del proyecto actual</translation>
    </message>
    <message>
        <source>Adapter for the current project</source>
        <translation>Adaptador del proyecto actual</translation>
    </message>
    <message>
        <source>Choose project folder…</source>
        <translation>Elegir carpeta del proyecto…</translation>
    </message>
    <message>
        <source>Choose the current project folder</source>
        <translation>Elegir la carpeta del proyecto actual</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Clear the current project</source>
        <translation>Dejar de usar el proyecto actual</translation>
    </message>
    <message>
        <source>No project picked</source>
        <translation>Ningún proyecto elegido</translation>
    </message>
    <message>
        <source>Those editors get what “Every other project” is set to below.</source>
        <translation>Esos editores reciben lo que indique “Los demás proyectos”, más abajo.</translation>
    </message>
    <message>
        <source>No adapter is used there: {why}.</source>
        <translation>Ahí no se usa ningún adaptador: {why}.</translation>
    </message>
    <message>
        <source>Completions there use the adapter {adapter} at strength {scale}.</source>
        <translation>Ahí, las sugerencias usan el adaptador {adapter} con intensidad {scale}.</translation>
    </message>
    <message>
        <source>Completions there use the model alone, with no adapter.</source>
        <translation>Ahí, las sugerencias usan solo el modelo, sin adaptador.</translation>
    </message>
    <message>
        <source>Choose the project you are working on</source>
        <translation>Elige el proyecto en el que trabajas</translation>
    </message>
</context>
<context>
    <name>QtDownloadRow</name>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Estado de la descarga</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Pausar la descarga</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Reanudar la descarga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel download and delete it</source>
        <translation>Cancelar la descarga y borrarla</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>Descargar igualmente</translation>
    </message>
    <message>
        <source>Download anyway, on battery power</source>
        <translation>Descargar igualmente, con batería</translation>
    </message>
    <message>
        <source>Downloads this model now, on battery. Your settings stay as they are.</source>
        <translation>Descarga este modelo ahora, con batería. Tus ajustes no cambian.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
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
        <translation>Comprobando la descarga… {pct}</translation>
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
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>En pausa en {done} de {total}</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>Detenida en {done} de {total}</translation>
    </message>
</context>
<context>
    <name>QtGauge</name>
    <message>
        <source>No data yet.</source>
        <translation>Aún no hay datos.</translation>
    </message>
</context>
<context>
    <name>QtLineChart</name>
    <message>
        <source>No data yet.</source>
        <translation>Aún no hay datos.</translation>
    </message>
    <message>
        <source>{name}: latest {last}, from {low} to {high}</source>
        <translation>{name}: último valor {last}, entre {low} y {high}</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
</context>
<context>
    <name>QtMappingRow</name>
    <message>
        <source>Mapping status</source>
        <translation>Estado de la asignación</translation>
    </message>
    <message>
        <source>Not applied: {why}.</source>
        <translation>No aplicada: {why}.</translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation>Desasignar</translation>
    </message>
    <message>
        <source>Stop using an adapter for {project}</source>
        <translation>Dejar de usar un adaptador para {project}</translation>
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
        <translation>Qué permite la licencia</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Apto para este equipo</translation>
    </message>
    <message>
        <source>Download problem</source>
        <translation>Problema de descarga</translation>
    </message>
    <message>
        <source>{size} · on this computer</source>
        <translation>{size} · en este equipo</translation>
    </message>
    <message>
        <source>Size: {choice}</source>
        <translation>Tamaño: {choice}</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>Descargar {name}</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Suggested for this computer</source>
        <translation>Recomendado para este equipo</translation>
    </message>
    <message>
        <source>Update to version {v}</source>
        <translation>Actualizar a la versión {v}</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>Descargar ({size})</translation>
    </message>
    <message>
        <source>{size} on disk</source>
        <translation>{size} en disco</translation>
    </message>
    <message>
        <source>needs {ram} of memory</source>
        <translation>necesita {ram} de memoria</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>{n} parámetros</translation>
    </message>
    <message>
        <source>quantization {q}</source>
        <translation>cuantización {q}</translation>
    </message>
    <message>
        <source>Runs well on this computer.</source>
        <translation>Funciona bien en este equipo.</translation>
    </message>
    <message>
        <source>Tight on this computer: close other programs while you code.</source>
        <translation>Va justo en este equipo: cierra otros programas mientras programas.</translation>
    </message>
    <message>
        <source>Too big for this computer: it needs {need} of memory and this one has {total}.</source>
        <translation>Demasiado grande para este equipo: necesita {need} de memoria y este tiene {total}.</translation>
    </message>
    <message>
        <source>How much memory it needs is not known.</source>
        <translation>No se sabe cuánta memoria necesita.</translation>
    </message>
</context>
<context>
    <name>QtModelList</name>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Available to download</source>
        <translation>Disponibles para descargar</translation>
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
        <translation>Modelo en uso</translation>
    </message>
    <message>
        <source>Go back to the previous model</source>
        <translation>Volver al modelo anterior</translation>
    </message>
    <message>
        <source>Check files</source>
        <translation>Comprobar archivos</translation>
    </message>
    <message>
        <source>Check the model files for damage</source>
        <translation>Comprobar si los archivos del modelo están dañados</translation>
    </message>
    <message>
        <source>Add a model file…</source>
        <translation>Agregar archivo de modelo…</translation>
    </message>
    <message>
        <source>Add a model file from this computer</source>
        <translation>Agregar un archivo de modelo de este equipo</translation>
    </message>
    <message>
        <source>This computer has {total} of memory.</source>
        <translation>Este equipo tiene {total} de memoria.</translation>
    </message>
    <message>
        <source>Models notice</source>
        <translation>Aviso de Modelos</translation>
    </message>
    <message>
        <source>Models list</source>
        <translation>Lista de modelos</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <source>In use: {name} — loading…</source>
        <translation>En uso: {name} — cargando…</translation>
    </message>
    <message>
        <source>In use: {name} — it could not start. {why}</source>
        <translation>En uso: {name} — no pudo iniciarse. {why}</translation>
    </message>
    <message>
        <source>In use: {name} — ready</source>
        <translation>En uso: {name} — listo</translation>
    </message>
    <message>
        <source>In use: {name}</source>
        <translation>En uso: {name}</translation>
    </message>
    <message>
        <source>the new model</source>
        <translation>el nuevo modelo</translation>
    </message>
    <message>
        <source>Remove {ref} from this computer? You can download it again later.</source>
        <translation>¿Quitar {ref} de este equipo? Puedes volver a descargarlo más tarde.</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Quitar modelo</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se quitó {name}.</translation>
    </message>
    <message>
        <source>Checking model files…</source>
        <translation>Comprobando los archivos del modelo…</translation>
    </message>
    <message>
        <source>Checking {name}… {pct}</source>
        <translation>Comprobando {name}… {pct}</translation>
    </message>
    <message>
        <source>Damaged: {refs}. Download them again to repair them.</source>
        <translation>Dañados: {refs}. Vuelve a descargarlos para repararlos.</translation>
    </message>
    <message>
        <source>All model files are intact.</source>
        <translation>Todos los archivos de modelo están intactos.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Agregando {name}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Se agregó {name}.</translation>
    </message>
</context>
<context>
    <name>QtRepoContext</name>
    <message>
        <source>Repository context</source>
        <translation>Contexto del repositorio</translation>
    </message>
    <message>
        <source>Mezzo reads your project’s code on this computer so that suggestions can use your own functions; nothing leaves this computer.</source>
        <translation>Mezzo lee el código de tu proyecto en este equipo para que las sugerencias puedan usar tus propias funciones; nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Repository context is turned off for every project in Settings, under “Code intelligence”, so suggestions do not use it now.</source>
        <translation>El contexto del repositorio está desactivado para todos los proyectos en Ajustes, en “Inteligencia de código”, así que ahora las sugerencias no lo usan.</translation>
    </message>
    <message>
        <source>Repository context is off</source>
        <translation>El contexto del repositorio está desactivado</translation>
    </message>
    <message>
        <source>No projects yet. Pick a current project above, or map a project folder below, and Mezzo reads its code.</source>
        <translation>Aún no hay proyectos. Elige un proyecto actual arriba, o asigna una carpeta de proyecto abajo, y Mezzo leerá su código.</translation>
    </message>
    <message>
        <source>Forget what Mezzo stored about {name}? Your files are not touched, and Mezzo reads the project again the next time you work in it.</source>
        <translation>¿Olvidar lo que Mezzo guardó sobre {name}? Tus archivos no se tocan, y Mezzo volverá a leer el proyecto la próxima vez que trabajes en él.</translation>
    </message>
    <message>
        <source>Forget repository</source>
        <translation>Olvidar repositorio</translation>
    </message>
</context>
<context>
    <name>QtRepoContextRow</name>
    <message>
        <source>Repository {name}</source>
        <translation>Repositorio {name}</translation>
    </message>
    <message>
        <source>Index of {name}</source>
        <translation>Índice de {name}</translation>
    </message>
    <message>
        <source>Use repository context</source>
        <translation>Usar el contexto del repositorio</translation>
    </message>
    <message>
        <source>Use repository context for {name}</source>
        <translation>Usar el contexto del repositorio en {name}</translation>
    </message>
    <message>
        <source>Off: suggestions in this project use only the file you are in.</source>
        <translation>Desactivado: las sugerencias en este proyecto solo usan el archivo en el que estás.</translation>
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
        <translation>Volver a leer todos los archivos de este proyecto.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Forget the index of {name}</source>
        <translation>Olvidar el índice de {name}</translation>
    </message>
    <message>
        <source>Delete what Mezzo stored about this project. Your files are not touched.</source>
        <translation>Borrar lo que Mezzo guardó sobre este proyecto. Tus archivos no se tocan.</translation>
    </message>
    <message>
        <source>{n} functions, types and values found</source>
        <translation>{n} funciones, tipos y valores encontrados</translation>
    </message>
</context>
<context>
    <name>QtRepoEvaluation</name>
    <message>
        <source>Last check of the adapter</source>
        <translation>Última comprobación del adaptador</translation>
    </message>
    <message>
        <source>The base model and the adapter, at the adapter&apos;s own strength, complete the same code from this project&apos;s held-out files (up to {rows} places), files Mezzo keeps out of any training set it builds.</source>
        <translation>El modelo base y el adaptador, con la intensidad propia del adaptador, completan el mismo código a partir de los archivos reservados de este proyecto (hasta {rows} lugares): archivos que Mezzo deja fuera de cualquier conjunto de entrenamiento que cree.</translation>
    </message>
    <message>
        <source>The adapter makes this project worse</source>
        <translation>El adaptador empeora las sugerencias en este proyecto</translation>
    </message>
    <message>
        <source>● Helps this project</source>
        <translation>● Ayuda en este proyecto</translation>
    </message>
    <message>
        <source>The adapter helps this project</source>
        <translation>El adaptador ayuda en este proyecto</translation>
    </message>
    <message>
        <source>Why the check failed</source>
        <translation>Por qué falló la comprobación</translation>
    </message>
    <message>
        <source>Check {adapter} on this project</source>
        <translation>Comprobar {adapter} en este proyecto</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Estado de la comprobación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar la comprobación</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Check this adapter</source>
        <translation>Comprobar este adaptador</translation>
    </message>
    <message>
        <source>Makes this project worse: with {name}, its completions were right less often than with the model alone.</source>
        <translation>Empeora este proyecto: con {name}, las sugerencias acertaron menos veces que con el modelo solo.</translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation>La comprobación falló: {why}</translation>
    </message>
    <message>
        <source>Stopping after the row in hand…</source>
        <translation>Deteniendo tras la fila en curso…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Without the adapter: {done} of {total} rows</source>
        <translation>Sin el adaptador: {done} de {total} filas</translation>
    </message>
    <message>
        <source>With {name}: {done} of {total} rows</source>
        <translation>Con {name}: {done} de {total} filas</translation>
    </message>
</context>
<context>
    <name>QtSuggestion</name>
    <message>
        <source>Suggested model</source>
        <translation>Modelo recomendado</translation>
    </message>
    <message>
        <source>{name} suits this computer and is already here.</source>
        <translation>{name} es adecuado para este equipo y ya está aquí.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usarlo</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Usar {name}</translation>
    </message>
    <message>
        <source>{name} is downloading: see its card below.</source>
        <translation>{name} se está descargando: mira su tarjeta más abajo.</translation>
    </message>
    <message>
        <source>For real suggestions, get {name}: it suits this computer.</source>
        <translation>Para tener sugerencias de verdad, descarga {name}: es adecuado para este equipo.</translation>
    </message>
    <message>
        <source>Download it ({size})</source>
        <translation>Descargarlo ({size})</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>Descargar {name}</translation>
    </message>
</context>
<context>
    <name>QtTelemetryPanel</name>
    <message>
        <source>Usage statistics</source>
        <translation>Estadísticas de uso</translation>
    </message>
    <message>
        <source>These statistics stay on this computer. Mezzo never sends them anywhere.</source>
        <translation>Estas estadísticas se quedan en este equipo. Mezzo nunca las envía a ningún sitio.</translation>
    </message>
    <message>
        <source>Last {n} days</source>
        <translation>Últimos {n} días</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Actualizar las estadísticas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the statistics as a CSV file</source>
        <translation>Exportar las estadísticas como archivo CSV</translation>
    </message>
    <message>
        <source>Keep usage statistics on this computer</source>
        <translation>Guardar estadísticas de uso en este equipo</translation>
    </message>
    <message>
        <source>Usage statistics notice</source>
        <translation>Aviso de Estadísticas de uso</translation>
    </message>
    <message>
        <source>No completions yet. Connect your editor to Mezzo (see the Home page) and start typing: how often you keep a suggestion, and how fast they come, appear here.</source>
        <translation>Aún no hay sugerencias. Conecta tu editor a Mezzo (consulta la página Inicio) y empieza a escribir: aquí verás con qué frecuencia aceptas una sugerencia y lo rápido que llegan.</translation>
    </message>
    <message>
        <source>No statistics yet</source>
        <translation>Aún no hay estadísticas</translation>
    </message>
    <message>
        <source>of suggestions kept</source>
        <translation>de sugerencias aceptadas</translation>
    </message>
    <message>
        <source>completions</source>
        <translation>sugerencias</translation>
    </message>
    <message>
        <source>typical wait (p50)</source>
        <translation>espera típica (p50)</translation>
    </message>
    <message>
        <source>slowest 5% wait (p95)</source>
        <translation>espera del 5% más lento (p95)</translation>
    </message>
    <message>
        <source>of the prompt reused from cache</source>
        <translation>del prompt reutilizado de la caché</translation>
    </message>
    <message>
        <source>Cache reuse</source>
        <translation>Reutilización de caché</translation>
    </message>
    <message>
        <source>Suggestions kept, per day</source>
        <translation>Sugerencias aceptadas por día</translation>
    </message>
    <message>
        <source>Wait for a suggestion, per day</source>
        <translation>Espera por sugerencia, por día</translation>
    </message>
    <message>
        <source>Kept, by language</source>
        <translation>Aceptadas, por lenguaje</translation>
    </message>
    <message>
        <source>Kept, by model</source>
        <translation>Aceptadas, por modelo</translation>
    </message>
    <message>
        <source>Kept, by adapter</source>
        <translation>Aceptadas, por adaptador</translation>
    </message>
    <message>
        <source>Kept, by the model&apos;s confidence</source>
        <translation>Aceptadas, según la confianza del modelo</translation>
    </message>
    <message>
        <source>No confidence measured yet</source>
        <translation>Aún no se ha medido la confianza</translation>
    </message>
    <message>
        <source>suggestions hidden</source>
        <translation>sugerencias ocultas</translation>
    </message>
    <message>
        <source>Why they were hidden</source>
        <translation>Por qué se ocultaron</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Saved {n} completions to {path}.</source>
        <translation>Se guardaron {n} sugerencias en {path}.</translation>
    </message>
    <message>
        <source>Mezzo keeps timings, sizes, whether you kept each suggestion and why any was hidden. Your code is never recorded.</source>
        <translation>Mezzo guarda tiempos, tamaños, si aceptaste cada sugerencia y por qué se ocultó alguna. Tu código nunca se registra.</translation>
    </message>
    <message>
        <source>Off: Mezzo records nothing while this is off. Your code is never recorded, either way. Statistics already kept are shown below.</source>
        <translation>Desactivado: Mezzo no registra nada mientras esto esté desactivado. Tu código nunca se registra, en ningún caso. Abajo se muestran las estadísticas ya guardadas.</translation>
    </message>
</context>
<context>
    <name>QtVersionRow</name>
    <message>
        <source>Version {version} · {size}</source>
        <translation>Versión {version} · {size}</translation>
    </message>
    <message>
        <source>● In use</source>
        <translation>● En uso</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>File check</source>
        <translation>Comprobación de archivos</translation>
    </message>
    <message>
        <source>Files OK</source>
        <translation>Archivos correctos</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Damaged: remove it</source>
        <translation>Dañado: quítalo</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <source>Download version {v} again to repair it</source>
        <translation>Volver a descargar la versión {v} para repararla</translation>
    </message>
    <message>
        <source>Use this one</source>
        <translation>Usar esta</translation>
    </message>
    <message>
        <source>Use version {v}</source>
        <translation>Usar la versión {v}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove version {v}</source>
        <translation>Quitar la versión {v}</translation>
    </message>
    <message>
        <source>Switch to another model before removing this one.</source>
        <translation>Cambia a otro modelo antes de quitar este.</translation>
    </message>
</context>
<context>
    <name>ServerControl</name>
    <message>
        <source>Mezzo could not start its server. Quit Mezzo and start it again; if this keeps happening, restart your computer.</source>
        <translation>Mezzo no pudo iniciar su servidor. Cierra Mezzo y vuelve a abrirlo; si sigue pasando, reinicia el equipo.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Show suggestions in my editors</source>
        <translation>Mostrar sugerencias en mis editores</translation>
    </message>
    <message>
        <source>Start Mezzo when I log in</source>
        <translation>Iniciar Mezzo al iniciar sesión</translation>
    </message>
    <message>
        <source>Keep usage statistics on this computer</source>
        <translation>Guardar estadísticas de uso en este equipo</translation>
    </message>
    <message>
        <source>Keep usage statistics for</source>
        <translation>Conservar las estadísticas de uso durante</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Al iniciar sesión</translation>
    </message>
    <message>
        <source>On battery</source>
        <translation>Con batería</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Code intelligence</source>
        <translation>Inteligencia de código</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation>Estadísticas de uso</translation>
    </message>
    <message>
        <source>Mezzo counts the suggestions you keep and dismiss, to show how well it helps you. The statistics stay on this computer.</source>
        <translation>Mezzo cuenta las sugerencias que aceptas y descartas para mostrarte cuánto te ayuda. Las estadísticas se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Keep usage statistics for:</source>
        <translation>Conservar las estadísticas durante:</translation>
    </message>
    <message>
        <source>For connecting other programs to Mezzo, and for exact numbers.</source>
        <translation>Para conectar otros programas a Mezzo y ver valores exactos.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Confidence threshold:</source>
        <translation>Umbral de confianza:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>Cuenta de Hugging Face</translation>
    </message>
</context>
<context>
    <name>SnippetView</name>
    <message>
        <source>{title}: text to paste</source>
        <translation>{title}: texto para pegar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the {title} setting</source>
        <translation>Copiar la configuración de {title}</translation>
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
        <translation>Instalar el plugin de Studio</translation>
    </message>
    <message>
        <source>Installed. Restart Roblox Studio, open a script, and allow the plugin to make HTTP requests when Studio asks.</source>
        <translation>Instalado. Reinicia Roblox Studio, abre un script y permite que el plugin haga solicitudes HTTP cuando Studio te lo pregunte.</translation>
    </message>
    <message>
        <source>Roblox Studio runs on Windows and macOS. To use the plugin, run Mezzo on the same computer as Studio.</source>
        <translation>Roblox Studio funciona en Windows y macOS. Para usar el plugin, ejecuta Mezzo en el mismo equipo que Studio.</translation>
    </message>
    <message>
        <source>Mezzo puts its plugin into Roblox Studio&apos;s plugins folder.</source>
        <translation>Mezzo coloca su plugin en la carpeta de plugins de Roblox Studio.</translation>
    </message>
</context>
<context>
    <name>TelemetryView</name>
    <message>
        <source>Very low</source>
        <translation>Muy baja</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Muy alta</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <source>Unsure (the model was guessing)</source>
        <translation>Poco segura (el modelo estaba adivinando)</translation>
    </message>
    <message>
        <source>Too short to be useful</source>
        <translation>Demasiado corta para ser útil</translation>
    </message>
    <message>
        <source>Suggestions were paused or switched off</source>
        <translation>Las sugerencias estaban en pausa o desactivadas</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Otros motivos</translation>
    </message>
    <message>
        <source>Repeated the code after the cursor</source>
        <translation>Repetía el código tras el cursor</translation>
    </message>
    <message>
        <source>Repeated the next line</source>
        <translation>Repetía la línea siguiente</translation>
    </message>
    <message>
        <source>Held back to save battery</source>
        <translation>Retenida para ahorrar batería</translation>
    </message>
    <message>
        <source>Replaced by a newer request as you typed</source>
        <translation>Sustituida por una petición más reciente mientras escribías</translation>
    </message>
    <message>
        <source>{kept} of {shown} kept</source>
        <translation>{kept} de {shown} aceptadas</translation>
    </message>
    <message>
        <source>kept {kept} of {shown} suggestions shown</source>
        <translation>se aceptaron {kept} de las {shown} sugerencias mostradas</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Typical (p50)</source>
        <translation>Típica (p50)</translation>
    </message>
    <message>
        <source>Slowest 5% (p95)</source>
        <translation>5% más lento (p95)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Modelo desconocido</translation>
    </message>
    <message>
        <source>No adapter</source>
        <translation>Sin adaptador</translation>
    </message>
    <message>
        <source>out of {total} in this period ({share})</source>
        <translation>de {total} en este periodo ({share})</translation>
    </message>
    <message>
        <source>Every suggestion was shown.</source>
        <translation>Se mostraron todas las sugerencias.</translation>
    </message>
    <message>
        <source>suggestion hidden</source>
        <translation>sugerencia oculta</translation>
    </message>
    <message>
        <source>suggestions hidden</source>
        <translation>sugerencias ocultas</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Sin medir</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Mezzo could not do that</source>
        <translation>Mezzo no pudo hacerlo</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Mezzo menu</source>
        <translation>Menú de Mezzo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open Mezzo…</source>
        <translation>Abrir Mezzo…</translation>
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
        <translation>Estadísticas de uso…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
    <message>
        <source>Quit Mezzo</source>
        <translation>Salir de Mezzo</translation>
    </message>
    <message>
        <source>This computer has no program to show folders. The log is in {folder}.</source>
        <translation>Este equipo no tiene ningún programa para mostrar carpetas. El registro está en {folder}.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add an adapter file</source>
        <translation>Agregar un archivo de adaptador</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>Adaptadores LoRA</translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation>Agregar un archivo de modelo</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Modelos GGUF</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
</TS>
