<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessTokenSection</name>
    <message>
        <source>Editors must send an access token</source>
        <translation>Editoren müssen ein Zugriffstoken senden</translation>
    </message>
    <message>
        <source>Require an access token</source>
        <translation>Zugriffstoken verlangen</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Zugriffstoken anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Replace the access token with a new one</source>
        <translation>Zugriffstoken durch ein neues ersetzen</translation>
    </message>
    <message>
        <source>Editors send it as “Authorization: Bearer &lt;token&gt;”. Leave this off unless other people can use this computer: Mezzo only ever listens on this computer.</source>
        <translation>Editoren senden es als „Authorization: Bearer &lt;token&gt;“. Lass das aus, außer andere Personen können diesen Computer benutzen: Mezzo hört ohnehin nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring, so the token is kept in a file only you can read ({file}). Install or unlock GNOME Keyring or KWallet to keep it there instead.</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund, daher liegt das Token in einer Datei, die nur du lesen kannst ({file}). Installiere oder entsperre GNOME Keyring oder KWallet, um es stattdessen dort aufzubewahren.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>AdapterChoices</name>
    <message>
        <source>Choose the adapter for the current project</source>
        <translation>Adapter für das aktuelle Projekt wählen</translation>
    </message>
    <message>
        <source>Adapter: no project chosen…</source>
        <translation>Adapter: kein Projekt gewählt…</translation>
    </message>
    <message>
        <source>Adapter: {adapter}</source>
        <translation>Adapter: {adapter}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
</context>
<context>
    <name>AdapterEvaluation</name>
    <message>
        <source>The check stopped unexpectedly.</source>
        <translation>Die Prüfung wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>The check ended with exit code {code}.</source>
        <translation>Die Prüfung endete mit dem Exit-Code {code}.</translation>
    </message>
    <message>
        <source>The check could not start: {why}</source>
        <translation>Die Prüfung konnte nicht starten: {why}</translation>
    </message>
</context>
<context>
    <name>AdapterRows</name>
    <message>
        <source>no adapter</source>
        <translation>kein Adapter</translation>
    </message>
    <message>
        <source>{name} at its usual strength</source>
        <translation>{name} in normaler Stärke</translation>
    </message>
    <message>
        <source>{name} at strength {scale}</source>
        <translation>{name} mit Stärke {scale}</translation>
    </message>
    <message>
        <source>Any copy of this project, in any folder</source>
        <translation>Jede Kopie dieses Projekts, in jedem Ordner</translation>
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
        <translation>Mezzo scheint schon zu laufen, antwortet aber nicht. Beende es (oder starte deinen Computer neu) und starte Mezzo dann erneut.</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Completions are on</source>
        <translation>Vorschläge sind an</translation>
    </message>
    <message>
        <source>Completions are off</source>
        <translation>Vorschläge sind aus</translation>
    </message>
    <message>
        <source>Completions are paused</source>
        <translation>Vorschläge sind pausiert</translation>
    </message>
    <message>
        <source>On battery: completions slowed down</source>
        <translation>Akkubetrieb: Vorschläge verlangsamt</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Mezzo needs your attention</source>
        <translation>Mezzo braucht deine Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Completions are paused until {time}</source>
        <translation>Vorschläge sind bis {time} pausiert</translation>
    </message>
    <message>
        <source>Completions are waiting for a model</source>
        <translation>Vorschläge warten auf ein Modell</translation>
    </message>
    <message>
        <source>Turn completions on</source>
        <translation>Vorschläge einschalten</translation>
    </message>
    <message>
        <source>Turn completions off</source>
        <translation>Vorschläge ausschalten</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Jetzt fortsetzen</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1 Stunde pausieren</translation>
    </message>
    <message>
        <source>See the Home page for what to do.</source>
        <translation>Auf der Seite „Start“ steht, was zu tun ist.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Models.</source>
        <translation>Kein Modell geladen. Wähle eines unter „Modelle“.</translation>
    </message>
    <message>
        <source>Your editor gets no suggestions until you turn them on.</source>
        <translation>Dein Editor bekommt keine Vorschläge, bis du sie einschaltest.</translation>
    </message>
    <message>
        <source>Suggestions come back by themselves at {time}.</source>
        <translation>Um {time} kommen die Vorschläge von selbst wieder.</translation>
    </message>
    <message>
        <source>{reason}. Suggestions come less often to save power.</source>
        <translation>{reason}. Vorschläge kommen seltener, um Strom zu sparen.</translation>
    </message>
    <message>
        <source>Suggestions start as soon as the model is ready.</source>
        <translation>Vorschläge kommen, sobald das Modell bereit ist.</translation>
    </message>
    <message>
        <source>Suggestions keep working while the download runs.</source>
        <translation>Vorschläge funktionieren weiter, während der Download läuft.</translation>
    </message>
    <message>
        <source>Your editor gets suggestions from {model}.</source>
        <translation>Dein Editor bekommt Vorschläge von {model}.</translation>
    </message>
    <message>
        <source>the local model</source>
        <translation>dem lokalen Modell</translation>
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
        <translation>Zeit zwischen Vorschlägen im Akkubetrieb</translation>
    </message>
    <message>
        <source>Low battery level</source>
        <translation>Niedriger Akkustand</translation>
    </message>
    <message>
        <source>Pause suggestions when the battery is low</source>
        <translation>Vorschläge bei niedrigem Akkustand pausieren</translation>
    </message>
    <message>
        <source>Download models on battery power</source>
        <translation>Modelle im Akkubetrieb herunterladen</translation>
    </message>
    <message>
        <source>A model download keeps the network and the disk busy for minutes. Off, downloads wait until the computer is plugged in.</source>
        <translation>Ein Modell-Download beschäftigt Netzwerk und Festplatte minutenlang. Wenn das aus ist, warten Downloads, bis der Computer am Strom hängt.</translation>
    </message>
    <message>
        <source>On battery Mezzo spaces suggestions out and keeps them shorter, so your laptop lasts longer.</source>
        <translation>Im Akkubetrieb macht Mezzo Vorschläge seltener und kürzer, damit dein Laptop länger durchhält.</translation>
    </message>
    <message>
        <source>Time between suggestions:</source>
        <translation>Zeit zwischen Vorschlägen:</translation>
    </message>
    <message>
        <source>Battery counts as low below:</source>
        <translation>Akku gilt als niedrig unter:</translation>
    </message>
</context>
<context>
    <name>CodeSection</name>
    <message>
        <source>Use repository context</source>
        <translation>Projektkontext nutzen</translation>
    </message>
    <message>
        <source>Mezzo reads your project on this computer and adds a little of it to each suggestion, so suggestions can use your own functions. Nothing leaves this computer.</source>
        <translation>Mezzo liest dein Projekt auf diesem Computer und gibt jedem Vorschlag ein wenig davon mit, damit Vorschläge deine eigenen Funktionen nutzen können. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>How much project code to add</source>
        <translation>Wie viel Projektcode hinzugefügt wird</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>More lets suggestions know more of your project, but the first suggestion after you move to another place takes longer. A token is about four letters.</source>
        <translation>Mehr heißt: Vorschläge kennen mehr von deinem Projekt, aber der erste Vorschlag nach einem Sprung an eine andere Stelle dauert länger. Ein Token sind etwa vier Buchstaben.</translation>
    </message>
    <message>
        <source>What the file requires</source>
        <translation>Was die Datei einbindet</translation>
    </message>
    <message>
        <source>Adds the functions and types of the modules this file requires.</source>
        <translation>Fügt die Funktionen und Typen der Module hinzu, die diese Datei einbindet.</translation>
    </message>
    <message>
        <source>Functions used near the cursor</source>
        <translation>Funktionen nahe am Cursor</translation>
    </message>
    <message>
        <source>Adds how the functions and types named near the cursor are written in other files of the project.</source>
        <translation>Fügt hinzu, wie die Funktionen und Typen, die nahe am Cursor vorkommen, in anderen Dateien des Projekts definiert sind.</translation>
    </message>
    <message>
        <source>Where you were just working</source>
        <translation>Wo du gerade gearbeitet hast</translation>
    </message>
    <message>
        <source>Adds the code you changed last in other files.</source>
        <translation>Fügt den Code hinzu, den du zuletzt in anderen Dateien geändert hast.</translation>
    </message>
    <message>
        <source>Stop at the end of the block</source>
        <translation>Am Ende des Blocks aufhören</translation>
    </message>
    <message>
        <source>Cuts a suggestion where the function, loop or statement you are in ends.</source>
        <translation>Kürzt einen Vorschlag dort, wo die Funktion, Schleife oder Anweisung endet, in der du bist.</translation>
    </message>
    <message>
        <source>Balance brackets</source>
        <translation>Klammern ausgleichen</translation>
    </message>
    <message>
        <source>Makes a suggestion’s brackets fit the code after the cursor, so none is left open or closed twice.</source>
        <translation>Passt die Klammern eines Vorschlags an den Code nach dem Cursor an, damit keine offen bleibt oder doppelt geschlossen wird.</translation>
    </message>
    <message>
        <source>Drop text already after the cursor</source>
        <translation>Text nach dem Cursor nicht wiederholen</translation>
    </message>
    <message>
        <source>Removes the end of a suggestion when it repeats the code after the cursor.</source>
        <translation>Entfernt das Ende eines Vorschlags, wenn es den Code nach dem Cursor wiederholt.</translation>
    </message>
    <message>
        <source>Drop repeated lines</source>
        <translation>Wiederholte Zeilen entfernen</translation>
    </message>
    <message>
        <source>Removes lines or blocks a suggestion repeats.</source>
        <translation>Entfernt Zeilen oder Blöcke, die ein Vorschlag wiederholt.</translation>
    </message>
    <message>
        <source>One line in the middle of a line</source>
        <translation>Mitten in der Zeile nur eine Zeile</translation>
    </message>
    <message>
        <source>In the middle of a line, suggest only the rest of it; after a line that opens a block, suggest the block. Suggestions then come sooner.</source>
        <translation>Mitten in einer Zeile nur den Rest der Zeile vorschlagen, nach einer Zeile, die einen Block öffnet, den Block. So kommen Vorschläge schneller.</translation>
    </message>
    <message>
        <source>Mezzo can read the rest of your project, so suggestions use your own functions. It all stays on this computer.</source>
        <translation>Mezzo kann den Rest deines Projekts lesen, damit Vorschläge deine eigenen Funktionen nutzen. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>How much project code to add:</source>
        <translation>Menge an Projektcode:</translation>
    </message>
    <message>
        <source>Add from the project:</source>
        <translation>Aus dem Projekt hinzufügen:</translation>
    </message>
    <message>
        <source>Mezzo tidies each suggestion so it fits the code around it. Turn a rule off if it gets in your way.</source>
        <translation>Mezzo räumt jeden Vorschlag auf, damit er zum Code drumherum passt. Schalte eine Regel aus, wenn sie dich stört.</translation>
    </message>
</context>
<context>
    <name>ConfidenceSection</name>
    <message>
        <source>How many suggestions to show</source>
        <translation>Wie viele Vorschläge angezeigt werden</translation>
    </message>
    <message>
        <source>Left shows fewer, surer suggestions; right shows more suggestions.</source>
        <translation>Links: weniger, dafür sicherere Vorschläge. Rechts: mehr Vorschläge.</translation>
    </message>
    <message>
        <source>Use the model’s default</source>
        <translation>Standard des Modells verwenden</translation>
    </message>
    <message>
        <source>Suggest from my history</source>
        <translation>Aus meinem Verlauf ermitteln</translation>
    </message>
    <message>
        <source>Set the slider from the suggestions you kept and dismissed</source>
        <translation>Regler anhand der Vorschläge einstellen, die du behalten und verworfen hast</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Konfidenzschwelle</translation>
    </message>
    <message>
        <source>The average log-probability per token a suggestion must reach. 0 means certain; closer to 0 shows fewer suggestions.</source>
        <translation>Die durchschnittliche Log-Wahrscheinlichkeit pro Token, die ein Vorschlag erreichen muss. 0 heißt sicher; je näher an 0, desto weniger Vorschläge.</translation>
    </message>
    <message>
        <source>Show fewer, surer suggestions</source>
        <translation>Weniger, sicherere Vorschläge zeigen</translation>
    </message>
    <message>
        <source>Show more suggestions</source>
        <translation>Mehr Vorschläge zeigen</translation>
    </message>
    <message>
        <source>Mezzo hides suggestions the model is unsure of. Choose how sure it must be.</source>
        <translation>Mezzo blendet Vorschläge aus, bei denen sich das Modell unsicher ist. Wähle, wie sicher es sein muss.</translation>
    </message>
    <message>
        <source>Reading your statistics…</source>
        <translation>Deine Statistik wird gelesen…</translation>
    </message>
    <message>
        <source>No suggestion yet: {reason}</source>
        <translation>Noch kein Vorschlag: {reason}</translation>
    </message>
    <message>
        <source>Set to suit the suggestions you kept and dismissed.</source>
        <translation>Passend zu den Vorschlägen eingestellt, die du behalten und verworfen hast.</translation>
    </message>
    <message>
        <source>Your statistics could not be read. Try again later.</source>
        <translation>Deine Statistik konnte nicht gelesen werden. Versuch es später noch einmal.</translation>
    </message>
</context>
<context>
    <name>ConnectEditorsView</name>
    <message>
        <source>VS Code with llama.vscode</source>
        <translation>VS Code mit llama.vscode</translation>
    </message>
    <message>
        <source>Continue (VS Code or JetBrains)</source>
        <translation>Continue (VS Code oder JetBrains)</translation>
    </message>
    <message>
        <source>Roblox Studio plugin</source>
        <translation>Roblox-Studio-Plugin</translation>
    </message>
    <message>
        <source>In VS Code, open Settings (JSON) and add this line:</source>
        <translation>Öffne in VS Code die Einstellungen (JSON) und füge diese Zeile hinzu:</translation>
    </message>
    <message>
        <source>Add this model to Continue&apos;s config.yaml:</source>
        <translation>Füge dieses Modell in die config.yaml von Continue ein:</translation>
    </message>
    <message>
        <source>The plugin sends its requests to this address; there is nothing to change. If Studio asks whether the plugin may use localhost, choose Allow.</source>
        <translation>Das Plugin schickt seine Anfragen an diese Adresse, du musst nichts ändern. Wenn Studio fragt, ob das Plugin localhost nutzen darf, wähle „Zulassen“.</translation>
    </message>
    <message>
        <source>The Roblox Studio plugin only uses port 11434, and Mezzo&apos;s port for Ollama clients is set to something else. Set it back to 11434 in Settings.</source>
        <translation>Das Roblox-Studio-Plugin nutzt nur Port 11434, aber Mezzos Port für Ollama-Clients ist auf etwas anderes eingestellt. Stell ihn in den Einstellungen wieder auf 11434.</translation>
    </message>
    <message>
        <source>Another program (probably Ollama) is using port 11434, so the Roblox Studio plugin cannot reach Mezzo. Quit that program, then restart Mezzo.</source>
        <translation>Ein anderes Programm (wahrscheinlich Ollama) nutzt Port 11434, daher erreicht das Roblox-Studio-Plugin Mezzo nicht. Beende dieses Programm und starte Mezzo dann neu.</translation>
    </message>
</context>
<context>
    <name>ConnectedEditorsView</name>
    <message>
        <source>Connected editors</source>
        <translation>Verbundene Editoren</translation>
    </message>
    <message>
        <source>No editor has asked for a suggestion yet. Set one up under “Connect your editor” below; it shows up here as soon as it asks.</source>
        <translation>Noch hat kein Editor nach einem Vorschlag gefragt. Richte unten unter „Editor verbinden“ einen ein; er erscheint hier, sobald er fragt.</translation>
    </message>
    <message>
        <source>Another editor (llama.cpp style)</source>
        <translation>Anderer Editor (llama.cpp-Stil)</translation>
    </message>
    <message>
        <source>Another editor (Ollama style)</source>
        <translation>Anderer Editor (Ollama-Stil)</translation>
    </message>
    <message>
        <source>Another editor (OpenAI style)</source>
        <translation>Anderer Editor (OpenAI-Stil)</translation>
    </message>
    <message>
        <source>Another editor</source>
        <translation>Anderer Editor</translation>
    </message>
    <message>
        <source>asked just now</source>
        <translation>hat gerade gefragt</translation>
    </message>
    <message>
        <source>asked {n} s ago</source>
        <translation>hat vor {n} s gefragt</translation>
    </message>
    <message>
        <source>asked {n} min ago</source>
        <translation>hat vor {n} min gefragt</translation>
    </message>
    <message>
        <source>Its first suggestion is on its way.</source>
        <translation>Sein erster Vorschlag ist unterwegs.</translation>
    </message>
    <message>
        <source>Its last suggestion was shown.</source>
        <translation>Sein letzter Vorschlag wurde angezeigt.</translation>
    </message>
    <message>
        <source>Its last suggestion was hidden: the model was unsure.</source>
        <translation>Sein letzter Vorschlag wurde ausgeblendet: Das Modell war sich unsicher.</translation>
    </message>
    <message>
        <source>Its last suggestion was hidden: it was too short or repeated nearby code.</source>
        <translation>Sein letzter Vorschlag wurde ausgeblendet: Er war zu kurz oder wiederholte Code in der Nähe.</translation>
    </message>
    <message>
        <source>The model had nothing to suggest last time.</source>
        <translation>Das Modell hatte beim letzten Mal nichts vorzuschlagen.</translation>
    </message>
    <message>
        <source>It asked while suggestions were paused or off.</source>
        <translation>Er hat gefragt, während Vorschläge pausiert oder aus waren.</translation>
    </message>
    <message>
        <source>Typing went on before its last suggestion was ready, so it was dropped.</source>
        <translation>Es wurde weitergetippt, bevor sein letzter Vorschlag fertig war, daher wurde er verworfen.</translation>
    </message>
    <message>
        <source>Mezzo could not answer its last request. The log has the details.</source>
        <translation>Mezzo konnte seine letzte Anfrage nicht beantworten. Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>Port for editors</source>
        <translation>Port für Editoren</translation>
    </message>
    <message>
        <source>Port for Ollama clients</source>
        <translation>Port für Ollama-Clients</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>The new port is used once the server restarts. Editors then need the new address (see Home).</source>
        <translation>Der neue Port gilt, sobald der Server neu startet. Editoren brauchen dann die neue Adresse (siehe „Start“).</translation>
    </message>
    <message>
        <source>Restart the server now</source>
        <translation>Server jetzt neu starten</translation>
    </message>
    <message>
        <source>Allowed origins, one per line</source>
        <translation>Erlaubte Ursprünge, einer pro Zeile</translation>
    </message>
    <message>
        <source>Save origins</source>
        <translation>Ursprünge speichern</translation>
    </message>
    <message>
        <source>Save the allowed origins</source>
        <translation>Erlaubte Ursprünge speichern</translation>
    </message>
    <message>
        <source>Port for editors:</source>
        <translation>Port für Editoren:</translation>
    </message>
    <message>
        <source>Port for Ollama clients:</source>
        <translation>Port für Ollama-Clients:</translation>
    </message>
    <message>
        <source>Web pages and editor webviews allowed to call Mezzo, one per line. A * matches any text, as in vscode-webview://*.</source>
        <translation>Webseiten und Editor-Webviews, die Mezzo aufrufen dürfen, ein Eintrag pro Zeile. Ein * steht für beliebigen Text, wie in vscode-webview://*.</translation>
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
        <translation>Mezzo-Steuerung</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <source>Open Mezzo…</source>
        <translation>Mezzo öffnen…</translation>
    </message>
    <message>
        <source>Open the Mezzo window</source>
        <translation>Mezzo-Fenster öffnen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More: the full Mezzo menu</source>
        <translation>Mehr: das ganze Mezzo-Menü</translation>
    </message>
    <message>
        <source>Quit Mezzo</source>
        <translation>Mezzo beenden</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so Mezzo&apos;s controls live here. Closing this window quits Mezzo.</source>
        <translation>Dein Desktop hat keinen Infobereich, daher findest du Mezzos Steuerung hier. Wenn du dieses Fenster schließt, wird Mezzo beendet.</translation>
    </message>
</context>
<context>
    <name>CoreBridge</name>
    <message>
        <source>Loading the model was stopped. Choose a model in Models.</source>
        <translation>Das Laden des Modells wurde abgebrochen. Wähle ein Modell unter „Modelle“.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Hide {title}</source>
        <translation>Bereich „{title}“ ausblenden</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>Bereich „{title}“ einblenden</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} Bytes</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message>
        <source>about {m} min left</source>
        <translation>noch etwa {m} Min.</translation>
    </message>
    <message>
        <source>about {h} h {m} min left</source>
        <translation>noch etwa {h} Std. {m} Min.</translation>
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
        <translation>GPU verwenden ({name})</translation>
    </message>
    <message>
        <source>Use the GPU</source>
        <translation>GPU verwenden</translation>
    </message>
    <message>
        <source>The GPU makes suggestions come faster. Turn it off if the GPU is busy with a game or runs out of memory.</source>
        <translation>Mit der GPU kommen Vorschläge schneller. Schalte sie aus, wenn die GPU mit einem Spiel beschäftigt ist oder ihr der Speicher ausgeht.</translation>
    </message>
    <message>
        <source>This computer&apos;s llama.cpp has no GPU support, so Mezzo runs on the CPU.</source>
        <translation>Das llama.cpp auf diesem Computer unterstützt keine GPU, daher läuft Mezzo auf der CPU.</translation>
    </message>
    <message>
        <source>Load the model again now</source>
        <translation>Modell jetzt neu laden</translation>
    </message>
    <message>
        <source>This applies the next time Mezzo loads a model.</source>
        <translation>Das gilt ab dem nächsten Mal, wenn Mezzo ein Modell lädt.</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Turn completions on or off</source>
        <translation>Vorschläge ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Pause or resume completions</source>
        <translation>Vorschläge pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Start the server again</source>
        <translation>Server neu starten</translation>
    </message>
    <message>
        <source>Address editors connect to</source>
        <translation>Adresse, mit der sich Editoren verbinden</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Aktives Modell</translation>
    </message>
    <message>
        <source>Adapter for the current repository</source>
        <translation>Adapter für das aktuelle Projekt</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Wo das Modell läuft</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder with Mezzo&apos;s log</source>
        <translation>Ordner mit Mezzos Protokoll öffnen</translation>
    </message>
    <message>
        <source>Suggestions hidden as unsure</source>
        <translation>Als unsicher ausgeblendete Vorschläge</translation>
    </message>
    <message>
        <source>Show more suggestions</source>
        <translation>Mehr Vorschläge zeigen</translation>
    </message>
    <message>
        <source>Lower the confidence threshold so more suggestions are shown</source>
        <translation>Konfidenzschwelle senken, damit mehr Vorschläge angezeigt werden</translation>
    </message>
    <message>
        <source>Connected editors</source>
        <translation>Verbundene Editoren</translation>
    </message>
    <message>
        <source>Connect your editor</source>
        <translation>Editor verbinden</translation>
    </message>
    <message>
        <source>Editors connect to</source>
        <translation>Editoren verbinden sich mit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>keines geladen</translation>
    </message>
    <message>
        <source>Mezzo hid {hidden} of the last {judged} suggestions because the model was unsure of them.</source>
        <translation>Mezzo hat {hidden} der letzten {judged} Vorschläge ausgeblendet, weil sich das Modell bei ihnen unsicher war.</translation>
    </message>
    <message>
        <source>Running on the CPU</source>
        <translation>Läuft auf der CPU</translation>
    </message>
    <message>
        <source>Running on the {device}</source>
        <translation>Läuft auf: {device}</translation>
    </message>
    <message>
        <source>none (the model alone)</source>
        <translation>keiner (nur das Modell)</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>{url}  ·  Ollama clients: {ollama}</source>
        <translation>{url}  ·  Ollama-Clients: {ollama}</translation>
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
        <translation>Hugging-Face-Token</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the Hugging Face token</source>
        <translation>Hugging-Face-Token speichern</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget the Hugging Face token</source>
        <translation>Hugging-Face-Token vergessen</translation>
    </message>
    <message>
        <source>Only needed for models that ask you to sign in on huggingface.co.</source>
        <translation>Nur nötig für Modelle, bei denen du dich auf huggingface.co anmelden musst.</translation>
    </message>
    <message>
        <source>Paste your token first, then choose Save.</source>
        <translation>Füge zuerst dein Token ein und wähle dann „Speichern“.</translation>
    </message>
    <message>
        <source>Saved in your system keyring.</source>
        <translation>Im Schlüsselbund deines Systems gespeichert.</translation>
    </message>
    <message>
        <source>Saved until Mezzo quits: this computer has no secure keyring, so you will need to enter it again next time.</source>
        <translation>Gespeichert, bis Mezzo beendet wird: Dieser Computer hat keinen sicheren Schlüsselbund, daher musst du es beim nächsten Mal erneut eingeben.</translation>
    </message>
    <message>
        <source>The token is forgotten.</source>
        <translation>Das Token wurde vergessen.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Free for any use, including commercial use.</source>
        <translation>Frei für jede Nutzung, auch kommerziell.</translation>
    </message>
    <message>
        <source>Non-commercial use only: research and personal projects.</source>
        <translation>Nur nicht kommerzielle Nutzung: Forschung und private Projekte.</translation>
    </message>
    <message>
        <source>Mezzo does not know this licence: see the model&apos;s page for what it allows.</source>
        <translation>Mezzo kennt diese Lizenz nicht: Was sie erlaubt, steht auf der Seite des Modells.</translation>
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
        <translation>Mezzo-Hauptfenster</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Paused. What is downloaded so far is kept; press Resume to go on.</source>
        <translation>Pausiert. Was bisher heruntergeladen ist, bleibt erhalten; klicke auf „Fortsetzen“, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <source>Mezzo cannot reach the model download site. Check that this computer is online, then press Resume: what is already downloaded is kept.</source>
        <translation>Mezzo erreicht die Download-Seite für Modelle nicht. Prüfe, ob dieser Computer online ist, und klicke dann auf „Fortsetzen“: Was schon heruntergeladen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>This model needs a Hugging Face access token. Accept the model&apos;s licence on huggingface.co, add your token in Settings, then try again.</source>
        <translation>Dieses Modell braucht ein Hugging-Face-Zugriffstoken. Akzeptiere die Lizenz des Modells auf huggingface.co, trag dein Token in den Einstellungen ein und versuch es dann erneut.</translation>
    </message>
    <message>
        <source>The download arrived damaged, so Mezzo deleted it and installed nothing. Try again; if it keeps happening, your network may be altering downloads.</source>
        <translation>Der Download ist beschädigt angekommen, daher hat Mezzo ihn gelöscht und nichts installiert. Versuch es erneut; wenn das immer wieder passiert, verändert vielleicht dein Netzwerk Downloads.</translation>
    </message>
    <message>
        <source>The file Mezzo received is not the model it expected, so it was not installed. Pick another model, or update Mezzo.</source>
        <translation>Die empfangene Datei ist nicht das Modell, das Mezzo erwartet hat, daher wurde sie nicht installiert. Wähle ein anderes Modell oder aktualisiere Mezzo.</translation>
    </message>
    <message>
        <source>This version of the model is no longer available for download. Pick another model, or update Mezzo to get its newer model list.</source>
        <translation>Diese Version des Modells kann nicht mehr heruntergeladen werden. Wähle ein anderes Modell oder aktualisiere Mezzo, um die neuere Modellliste zu bekommen.</translation>
    </message>
    <message>
        <source>Mezzo downloads models only while this computer is plugged in, to save the battery. Plug it in and try again, or turn on “Download models on battery power” in Settings. What is already downloaded is kept.</source>
        <translation>Mezzo lädt Modelle nur herunter, während dieser Computer am Strom hängt, um den Akku zu schonen. Schließ ihn an und versuch es erneut, oder schalte in den Einstellungen „Modelle im Akkubetrieb herunterladen“ ein. Was schon heruntergeladen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Another Mezzo window is changing the same files. Try again in a moment.</source>
        <translation>Ein anderes Mezzo-Fenster ändert gerade dieselben Dateien. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{new} could not be loaded ({why}); Mezzo went back to {old}.</source>
        <translation>{new} konnte nicht geladen werden ({why}); Mezzo nutzt wieder {old}.</translation>
    </message>
    <message>
        <source>This model needs about {needed} of memory and only {free} is free. Close some programs, or choose a smaller model.</source>
        <translation>Dieses Modell braucht etwa {needed} Arbeitsspeicher, frei sind nur {free}. Schließ ein paar Programme oder wähle ein kleineres Modell.</translation>
    </message>
    <message>
        <source>The model file is missing ({file}). Pick another model in Models, or download it again.</source>
        <translation>Die Modelldatei fehlt ({file}). Wähle unter „Modelle“ ein anderes Modell oder lade es erneut herunter.</translation>
    </message>
    <message>
        <source>This version of Mezzo cannot run {file}: it may be for a newer llama.cpp, or damaged. Pick another model, or download it again.</source>
        <translation>Diese Version von Mezzo kann {file} nicht ausführen: Die Datei ist vielleicht für ein neueres llama.cpp oder beschädigt. Wähle ein anderes Modell oder lade es erneut herunter.</translation>
    </message>
    <message>
        <source>The model {file} could not be loaded. Pick another model in Models.</source>
        <translation>Das Modell {file} konnte nicht geladen werden. Wähle unter „Modelle“ ein anderes Modell.</translation>
    </message>
    <message>
        <source>The model is not ready yet. Wait a moment, or pick a model in Models.</source>
        <translation>Das Modell ist noch nicht bereit. Warte einen Moment oder wähle unter „Modelle“ ein Modell.</translation>
    </message>
    <message>
        <source>Mezzo is shutting down.</source>
        <translation>Mezzo wird beendet.</translation>
    </message>
    <message>
        <source>Another program already uses port {port}, so editors cannot reach Mezzo. Quit that program (another Mezzo or llama-server?) and press Try again, or choose another port in Settings.</source>
        <translation>Ein anderes Programm nutzt bereits Port {port}, daher erreichen Editoren Mezzo nicht. Beende dieses Programm (ein anderes Mezzo oder llama-server?) und klicke auf „Erneut versuchen“, oder wähle in den Einstellungen einen anderen Port.</translation>
    </message>
    <message>
        <source>Mezzo does not know this model. Pick one from the list in Models.</source>
        <translation>Mezzo kennt dieses Modell nicht. Wähle eines aus der Liste unter „Modelle“.</translation>
    </message>
    <message>
        <source>The model list Mezzo received is not signed by Mezzo&apos;s publishers, so it was not used. The list that came with Mezzo stays in place.</source>
        <translation>Die empfangene Modellliste ist nicht von den Herausgebern von Mezzo signiert und wurde daher nicht verwendet. Die Liste, die mit Mezzo kam, bleibt bestehen.</translation>
    </message>
    <message>
        <source>This model cannot fill in code between the lines in the way chosen in Settings. Set the prompt format back to automatic.</source>
        <translation>Dieses Modell kann Code zwischen den Zeilen nicht auf die in den Einstellungen gewählte Weise ergänzen. Stell das Prompt-Format wieder auf automatisch.</translation>
    </message>
    <message>
        <source>The setting {name} has a value Mezzo cannot use. Change or remove it.</source>
        <translation>Die Einstellung {name} hat einen Wert, den Mezzo nicht verwenden kann. Ändere oder entferne ihn.</translation>
    </message>
    <message>
        <source>it is not a model file</source>
        <translation>es ist keine Modelldatei</translation>
    </message>
    <message>
        <source>it needs about {needed} of memory and only {free} is free</source>
        <translation>es braucht etwa {needed} Arbeitsspeicher, frei sind nur {free}</translation>
    </message>
    <message>
        <source>its file is missing</source>
        <translation>seine Datei fehlt</translation>
    </message>
    <message>
        <source>the file is damaged, or made for a newer version of Mezzo</source>
        <translation>die Datei ist beschädigt oder für eine neuere Version von Mezzo</translation>
    </message>
    <message>
        <source>it cannot fill in code in the way chosen in Settings</source>
        <translation>es kann Code nicht auf die in den Einstellungen gewählte Weise ergänzen</translation>
    </message>
    <message>
        <source>Mezzo could not start it</source>
        <translation>Mezzo konnte es nicht starten</translation>
    </message>
    <message>
        <source>There is not enough free disk space: this needs {needed} and {free} is free. Free some space, or pick a smaller model.</source>
        <translation>Nicht genug freier Speicherplatz: Benötigt werden {needed}, frei sind {free}. Schaff etwas Platz oder wähle ein kleineres Modell.</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space, then press Resume: the download goes on where it stopped.</source>
        <translation>Die Festplatte ist beim Download vollgelaufen. Schaff etwas Platz und klicke dann auf „Fortsetzen“: Der Download macht dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>The adapter “{adapter}” does not fit the model “{base}”: {why}. Pick the model it was trained for beside “Add an adapter file…” and add it again.</source>
        <translation>Der Adapter „{adapter}“ passt nicht zum Modell „{base}“: {why}. Wähle neben „Adapter-Datei hinzufügen…“ das Modell, für das er trainiert wurde, und füge ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>“{folder}” is not a folder on this computer (it may have been moved or deleted). Pick the project folder again.</source>
        <translation>„{folder}“ ist kein Ordner auf diesem Computer (er wurde vielleicht verschoben oder gelöscht). Wähle den Projektordner erneut.</translation>
    </message>
    <message>
        <source>No adapter named “{name}” is installed. Add it on the Adapters page.</source>
        <translation>Es ist kein Adapter namens „{name}“ installiert. Füge ihn auf der Seite „Adapter“ hinzu.</translation>
    </message>
    <message>
        <source>llama.cpp could not use the adapter “{name}” with this model, so completions run without it. Remove the adapter and add it again.</source>
        <translation>llama.cpp konnte den Adapter „{name}“ mit diesem Modell nicht verwenden, daher laufen Vorschläge ohne ihn. Entferne den Adapter und füge ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>This file is a whole model, not an adapter. Add it on the Models page instead.</source>
        <translation>Diese Datei ist ein ganzes Modell, kein Adapter. Füge sie stattdessen auf der Seite „Modelle“ hinzu.</translation>
    </message>
    <message>
        <source>{file} is not a LoRA adapter Mezzo can use (it is missing, damaged, or another kind of file). Pick the adapter&apos;s .gguf file.</source>
        <translation>{file} ist kein LoRA-Adapter, den Mezzo verwenden kann (die Datei fehlt, ist beschädigt oder von anderer Art). Wähle die .gguf-Datei des Adapters.</translation>
    </message>
    <message>
        <source>“{name}” is still used by: {repos}. Remove those mappings first.</source>
        <translation>„{name}“ wird noch verwendet von: {repos}. Entferne zuerst diese Zuordnungen.</translation>
    </message>
    <message>
        <source>Mezzo needs an installed model to check the adapter against. Pick or download a model on the Models page first.</source>
        <translation>Mezzo braucht ein installiertes Modell, um den Adapter damit zu prüfen. Wähle oder lade zuerst auf der Seite „Modelle“ ein Modell herunter.</translation>
    </message>
    <message>
        <source>Roblox Studio is not installed on this computer. Install it from roblox.com and open it once, then install the plugin.</source>
        <translation>Roblox Studio ist auf diesem Computer nicht installiert. Installiere es von roblox.com, öffne es einmal und installiere dann das Plugin.</translation>
    </message>
    <message>
        <source>Mezzo is not allowed to save the plugin in Roblox Studio&apos;s plugins folder. Close Roblox Studio and try again; if it still fails, the folder may be read-only, or managed by your school or workplace.</source>
        <translation>Mezzo darf das Plugin nicht im Plugin-Ordner von Roblox Studio speichern. Schließe Roblox Studio und versuche es noch einmal; klappt es dann immer noch nicht, ist der Ordner vielleicht schreibgeschützt oder wird von deiner Schule oder deinem Arbeitsplatz verwaltet.</translation>
    </message>
    <message>
        <source>The disk is full, so the Studio plugin could not be saved. Free some space, then try again.</source>
        <translation>Der Datenträger ist voll, deshalb konnte das Studio-Plugin nicht gespeichert werden. Schaffe etwas Platz und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Mezzo could not read or write its files. Check that your home folder has free space and is writable, then try again.</source>
        <translation>Mezzo konnte seine Dateien nicht lesen oder schreiben. Prüfe, ob dein Benutzerordner freien Platz hat und beschreibbar ist, und versuch es dann erneut.</translation>
    </message>
    <message>
        <source>Something went wrong with a model download or install. Look at the model on the Models page and try again; the details are in Mezzo&apos;s log: {log}</source>
        <translation>Beim Herunterladen oder Installieren eines Modells ist etwas schiefgelaufen. Sieh dir das Modell auf der Seite „Modelle“ an und versuch es erneut; Details stehen in Mezzos Protokoll: {log}</translation>
    </message>
    <message>
        <source>Something went wrong with an adapter. Look at it on the Adapters page and try again; the details are in Mezzo&apos;s log: {log}</source>
        <translation>Bei einem Adapter ist etwas schiefgelaufen. Sieh ihn dir auf der Seite „Adapter“ an und versuch es erneut; Details stehen in Mezzos Protokoll: {log}</translation>
    </message>
    <message>
        <source>Something went wrong that Mezzo has no explanation for. Try again; if it keeps happening, quit Mezzo and start it again. The details are in Mezzo&apos;s log: {log}</source>
        <translation>Etwas ist schiefgelaufen, das Mezzo nicht erklären kann. Versuch es erneut; wenn es immer wieder passiert, beende Mezzo und starte es neu. Details stehen in Mezzos Protokoll: {log}</translation>
    </message>
    <message>
        <source>{name} in Mezzo&apos;s logs folder</source>
        <translation>{name} im Protokollordner von Mezzo</translation>
    </message>
</context>
<context>
    <name>MezzoApp</name>
    <message>
        <source>Mezzo is still running</source>
        <translation>Mezzo läuft weiter</translation>
    </message>
    <message>
        <source>Completions keep working. Mezzo&apos;s menu is in the system tray.</source>
        <translation>Vorschläge funktionieren weiter. Mezzos Menü findest du im Infobereich der Taskleiste.</translation>
    </message>
</context>
<context>
    <name>ModelChoices</name>
    <message>
        <source>Choose the model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modell: {model}</translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation>Noch keine Modelle</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>Licence: {name}. {summary}</source>
        <translation>Lizenz: {name}. {summary}</translation>
    </message>
    <message>
        <source>Starter model: its suggestions are weak. It is only here so that Mezzo works offline straight away.</source>
        <translation>Startmodell: Seine Vorschläge sind schwach. Es ist nur dabei, damit Mezzo sofort offline funktioniert.</translation>
    </message>
    <message>
        <source>Smaller and faster</source>
        <translation>Kleiner und schneller</translation>
    </message>
    <message>
        <source>Closer to the original</source>
        <translation>Näher am Original</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>Dazwischen</translation>
    </message>
    <message>
        <source>{kind} ({quantization}, {size})</source>
        <translation>{kind} ({quantization}, {size})</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>etwa {size}</translation>
    </message>
    <message>
        <source>Some models come in two sizes. The smaller one is compressed more: it downloads sooner, needs less memory and answers a little faster. The larger one is closer to the original model, so its suggestions are slightly better.</source>
        <translation>Manche Modelle gibt es in zwei Größen. Das kleinere ist stärker komprimiert: Es ist schneller heruntergeladen, braucht weniger Arbeitsspeicher und antwortet etwas schneller. Das größere ist näher am Originalmodell, daher sind seine Vorschläge etwas besser.</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>Welcome to Mezzo</source>
        <translation>Willkommen bei Mezzo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Zurück zur vorherigen Seite</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Mezzo suggests the next bit of code while you type, in Roblox Studio, VS Code and other editors. It runs a small AI model on this computer, so your code never leaves it.</source>
        <translation>Mezzo schlägt dir beim Tippen das nächste Stück Code vor, in Roblox Studio, VS Code und anderen Editoren. Dafür läuft ein kleines KI-Modell auf diesem Computer, dein Code verlässt ihn also nie.</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <source>Download the suggested model</source>
        <translation>Empfohlenes Modell herunterladen</translation>
    </message>
    <message>
        <source>Use the starter for now</source>
        <translation>Vorerst das Startmodell nutzen</translation>
    </message>
    <message>
        <source>Use the starter model, which is already on this computer, for now</source>
        <translation>Vorerst das Startmodell verwenden, das schon auf diesem Computer ist</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>Trotzdem herunterladen</translation>
    </message>
    <message>
        <source>Download anyway, on battery power</source>
        <translation>Trotzdem herunterladen, im Akkubetrieb</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>This computer has {ram} of memory and {disk} free.</source>
        <translation>Dieser Computer hat {ram} Arbeitsspeicher und {disk} frei.</translation>
    </message>
    <message>
        <source>Suggested for this computer: about {size} to download, uses about {ram} of memory while it runs.</source>
        <translation>Empfohlen für diesen Computer: etwa {size} Download, braucht im Betrieb etwa {ram} Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>{name} would also fit and writes better code, but its licence is narrower. {summary} You can still choose it on the Models page.</source>
        <translation>{name} würde auch passen und schreibt besseren Code, hat aber eine engere Lizenz. {summary} Du kannst es trotzdem auf der Seite „Modelle“ wählen.</translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}: {done} von {total}</translation>
    </message>
    <message>
        <source>No model fits</source>
        <translation>Kein Modell passt</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>Schaff etwas Speicherplatz und versuch es dann erneut.</translation>
    </message>
    <message>
        <source>The bigger models do not fit this computer, so Mezzo starts with its starter model. It is already here, so there is nothing to download.</source>
        <translation>Die größeren Modelle passen nicht auf diesen Computer, daher startet Mezzo mit seinem Startmodell. Das ist schon da, du musst also nichts herunterladen.</translation>
    </message>
    <message>
        <source>Connect your editor</source>
        <translation>Editor verbinden</translation>
    </message>
    <message>
        <source>Keep Mezzo running (it sits in the system tray) and point your editor at it. The Home page shows this again whenever you need it.</source>
        <translation>Lass Mezzo laufen (es sitzt im Infobereich der Taskleiste) und verbinde deinen Editor damit. Die Seite „Start“ zeigt dir das jederzeit wieder.</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>{name} verwenden</translation>
    </message>
    <message>
        <source>Download it now</source>
        <translation>Jetzt herunterladen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Checking the download</source>
        <translation>Download wird geprüft</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Wird installiert</translation>
    </message>
    <message>
        <source>{name} is ready. Mezzo is loading it now.</source>
        <translation>{name} ist bereit. Mezzo lädt es jetzt.</translation>
    </message>
    <message>
        <source>Download stopped. You can start it again from Models at any time.</source>
        <translation>Download gestoppt. Du kannst ihn jederzeit unter „Modelle“ neu starten.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Adapters</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Nutzungsstatistik</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The {title} page is not available in this version of Mezzo. Completions keep working; reinstalling Mezzo brings the page back.</source>
        <translation>Die Seite „{title}“ gibt es in dieser Version von Mezzo nicht. Vorschläge funktionieren weiter; wenn du Mezzo neu installierst, ist die Seite wieder da.</translation>
    </message>
    <message>
        <source>{title} not available</source>
        <translation>„{title}“ nicht verfügbar</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation>Nutzungsstatistik</translation>
    </message>
</context>
<context>
    <name>QtAdapterRow</name>
    <message>
        <source>any language</source>
        <translation>jede Sprache</translation>
    </message>
    <message>
        <source>Version {version} · for {base} · {languages}</source>
        <translation>Version {version} · für {base} · {languages}</translation>
    </message>
    <message>
        <source>LoRA rank {rank}, default strength {scale:g}</source>
        <translation>LoRA-Rang {rank}, Standardstärke {scale:g}</translation>
    </message>
    <message>
        <source>Fits the model in use</source>
        <translation>Passt zum aktiven Modell</translation>
    </message>
    <message>
        <source>● Fits the model in use</source>
        <translation>● Passt zum aktiven Modell</translation>
    </message>
    <message>
        <source>No model is in use yet, so it is not used.</source>
        <translation>Es ist noch kein Modell aktiv, daher wird er nicht verwendet.</translation>
    </message>
    <message>
        <source>Not used with the model in use: it was made for “{base}”, and Mezzo is running “{active}”. Switch to that model on the Models page to use it.</source>
        <translation>Wird mit dem aktiven Modell nicht verwendet: Er wurde für „{base}“ gemacht, und Mezzo nutzt gerade „{active}“. Wechsle auf der Seite „Modelle“ zu diesem Modell, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove adapter {ref}</source>
        <translation>Adapter {ref} entfernen</translation>
    </message>
</context>
<context>
    <name>QtAdaptersPanel</name>
    <message>
        <source>Adapters</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>An adapter is a small add-on that tunes the model to one project or language, such as your Roblox game. Mezzo picks it from the project you are editing.</source>
        <translation>Ein Adapter ist eine kleine Erweiterung, die das Modell auf ein Projekt oder eine Sprache abstimmt, zum Beispiel auf dein Roblox-Spiel. Mezzo wählt ihn passend zu dem Projekt, an dem du arbeitest.</translation>
    </message>
    <message>
        <source>Adapters notice</source>
        <translation>Hinweis zu Adaptern</translation>
    </message>
    <message>
        <source>Installed adapters</source>
        <translation>Installierte Adapter</translation>
    </message>
    <message>
        <source>Why the adapter was not added</source>
        <translation>Warum der Adapter nicht hinzugefügt wurde</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Adapters page</source>
        <translation>Seite „Adapter“</translation>
    </message>
    <message>
        <source>Add an adapter file…</source>
        <translation>Adapter-Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add an adapter file</source>
        <translation>Adapter-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Model the adapter was trained for</source>
        <translation>Modell, für das der Adapter trainiert wurde</translation>
    </message>
    <message>
        <source>for the model</source>
        <translation>für das Modell</translation>
    </message>
    <message>
        <source>Adapter to map</source>
        <translation>Zuzuordnender Adapter</translation>
    </message>
    <message>
        <source>Adapter strength (scale)</source>
        <translation>Adapter-Stärke (Skalierung)</translation>
    </message>
    <message>
        <source>How strongly the adapter changes the model: 1 is as trained, less is milder.</source>
        <translation>Wie stark der Adapter das Modell verändert: 1 ist wie trainiert, weniger ist sanfter.</translation>
    </message>
    <message>
        <source>Map a project folder…</source>
        <translation>Projektordner zuordnen…</translation>
    </message>
    <message>
        <source>Map a project folder to this adapter</source>
        <translation>Einen Projektordner diesem Adapter zuordnen</translation>
    </message>
    <message>
        <source>Add a project: use</source>
        <translation>Projekt hinzufügen:</translation>
    </message>
    <message>
        <source>at strength</source>
        <translation>mit Stärke</translation>
    </message>
    <message>
        <source>Adapter for every other project</source>
        <translation>Adapter für alle anderen Projekte</translation>
    </message>
    <message>
        <source>Every other project uses</source>
        <translation>Alle anderen Projekte nutzen</translation>
    </message>
    <message>
        <source>No adapters yet. Add one with “Add an adapter file…” below.</source>
        <translation>Noch keine Adapter. Füge unten mit „Adapter-Datei hinzufügen…“ einen hinzu.</translation>
    </message>
    <message>
        <source>No projects mapped to an adapter yet.</source>
        <translation>Noch keine Projekte einem Adapter zugeordnet.</translation>
    </message>
    <message>
        <source>No adapter</source>
        <translation>Kein Adapter</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>{name} wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove the adapter {ref}?</source>
        <translation>Adapter {ref} entfernen?</translation>
    </message>
    <message>
        <source>Remove adapter</source>
        <translation>Adapter entfernen</translation>
    </message>
    <message>
        <source>Choose the project folder for {name}</source>
        <translation>Projektordner für {name} wählen</translation>
    </message>
    <message>
        <source>“{project}” now uses {target}.</source>
        <translation>„{project}“ nutzt jetzt {target}.</translation>
    </message>
</context>
<context>
    <name>QtBarChart</name>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>QtCurrentProject</name>
    <message>
        <source>Current project</source>
        <translation>Aktuelles Projekt</translation>
    </message>
    <message>
        <source>llama.vscode and the Roblox Studio plugin do not tell Mezzo which file you are in. Pick the project you are working on, and they get its adapter.</source>
        <translation>llama.vscode und das Roblox-Studio-Plugin sagen Mezzo nicht, in welcher Datei du bist. Wähle das Projekt, an dem du arbeitest, dann bekommen sie seinen Adapter.</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>Git remote of the current project</source>
        <translation>Git-Remote des aktuellen Projekts</translation>
    </message>
    <message>
        <source>Adapter for the current project</source>
        <translation>Adapter für das aktuelle Projekt</translation>
    </message>
    <message>
        <source>Choose project folder…</source>
        <translation>Projektordner wählen…</translation>
    </message>
    <message>
        <source>Choose the current project folder</source>
        <translation>Aktuellen Projektordner wählen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the current project</source>
        <translation>Aktuelles Projekt zurücksetzen</translation>
    </message>
    <message>
        <source>No project picked</source>
        <translation>Kein Projekt gewählt</translation>
    </message>
    <message>
        <source>Those editors get what “Every other project” is set to below.</source>
        <translation>Diese Editoren bekommen, was unten bei „Alle anderen Projekte“ eingestellt ist.</translation>
    </message>
    <message>
        <source>No adapter is used there: {why}.</source>
        <translation>Dort wird kein Adapter verwendet: {why}.</translation>
    </message>
    <message>
        <source>Completions there use the adapter {adapter} at strength {scale}.</source>
        <translation>Vorschläge dort nutzen den Adapter {adapter} mit Stärke {scale}.</translation>
    </message>
    <message>
        <source>Completions there use the model alone, with no adapter.</source>
        <translation>Vorschläge dort nutzen nur das Modell, ohne Adapter.</translation>
    </message>
    <message>
        <source>Choose the project you are working on</source>
        <translation>Wähle das Projekt, an dem du arbeitest</translation>
    </message>
</context>
<context>
    <name>QtDownloadRow</name>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Download-Status</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Download pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Download fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel download and delete it</source>
        <translation>Download abbrechen und löschen</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>Trotzdem herunterladen</translation>
    </message>
    <message>
        <source>Download anyway, on battery power</source>
        <translation>Trotzdem herunterladen, im Akkubetrieb</translation>
    </message>
    <message>
        <source>Downloads this model now, on battery. Your settings stay as they are.</source>
        <translation>Lädt dieses Modell jetzt im Akkubetrieb herunter. Deine Einstellungen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Wird pausiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Checking the download… {pct}</source>
        <translation>Download wird geprüft… {pct}</translation>
    </message>
    <message>
        <source>Installing… {pct}</source>
        <translation>Wird installiert… {pct}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>Pausiert bei {done} von {total}</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>Gestoppt bei {done} von {total}</translation>
    </message>
</context>
<context>
    <name>QtGauge</name>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
</context>
<context>
    <name>QtLineChart</name>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>{name}: latest {last}, from {low} to {high}</source>
        <translation>{name}: zuletzt {last}, von {low} bis {high}</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>QtMappingRow</name>
    <message>
        <source>Mapping status</source>
        <translation>Status der Zuordnung</translation>
    </message>
    <message>
        <source>Not applied: {why}.</source>
        <translation>Nicht angewendet: {why}.</translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation>Zuordnung lösen</translation>
    </message>
    <message>
        <source>Stop using an adapter for {project}</source>
        <translation>Für {project} keinen Adapter mehr verwenden</translation>
    </message>
</context>
<context>
    <name>QtModelCard</name>
    <message>
        <source>Kind of model</source>
        <translation>Art des Modells</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>What the licence allows</source>
        <translation>Was die Lizenz erlaubt</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Passt zu diesem Computer</translation>
    </message>
    <message>
        <source>Download problem</source>
        <translation>Problem beim Download</translation>
    </message>
    <message>
        <source>{size} · on this computer</source>
        <translation>{size} · auf diesem Computer</translation>
    </message>
    <message>
        <source>Size: {choice}</source>
        <translation>Größe: {choice}</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>{name} herunterladen</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Startmodell</translation>
    </message>
    <message>
        <source>Suggested for this computer</source>
        <translation>Empfohlen für diesen Computer</translation>
    </message>
    <message>
        <source>Update to version {v}</source>
        <translation>Auf Version {v} aktualisieren</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>Herunterladen ({size})</translation>
    </message>
    <message>
        <source>{size} on disk</source>
        <translation>{size} auf der Festplatte</translation>
    </message>
    <message>
        <source>needs {ram} of memory</source>
        <translation>braucht {ram} Arbeitsspeicher</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>{n} Parameter</translation>
    </message>
    <message>
        <source>quantization {q}</source>
        <translation>Quantisierung {q}</translation>
    </message>
    <message>
        <source>Runs well on this computer.</source>
        <translation>Läuft gut auf diesem Computer.</translation>
    </message>
    <message>
        <source>Tight on this computer: close other programs while you code.</source>
        <translation>Knapp auf diesem Computer: Schließ andere Programme, während du programmierst.</translation>
    </message>
    <message>
        <source>Too big for this computer: it needs {need} of memory and this one has {total}.</source>
        <translation>Zu groß für diesen Computer: Es braucht {need} Arbeitsspeicher, dieser hat {total}.</translation>
    </message>
    <message>
        <source>How much memory it needs is not known.</source>
        <translation>Wie viel Arbeitsspeicher es braucht, ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>QtModelList</name>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Available to download</source>
        <translation>Zum Herunterladen verfügbar</translation>
    </message>
</context>
<context>
    <name>QtModelsPanel</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Aktives Modell</translation>
    </message>
    <message>
        <source>Go back to the previous model</source>
        <translation>Zum vorherigen Modell zurück</translation>
    </message>
    <message>
        <source>Check files</source>
        <translation>Dateien prüfen</translation>
    </message>
    <message>
        <source>Check the model files for damage</source>
        <translation>Modelldateien auf Schäden prüfen</translation>
    </message>
    <message>
        <source>Add a model file…</source>
        <translation>Modelldatei hinzufügen…</translation>
    </message>
    <message>
        <source>Add a model file from this computer</source>
        <translation>Modelldatei von diesem Computer hinzufügen</translation>
    </message>
    <message>
        <source>This computer has {total} of memory.</source>
        <translation>Dieser Computer hat {total} Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Models notice</source>
        <translation>Hinweis zu Modellen</translation>
    </message>
    <message>
        <source>Models list</source>
        <translation>Modellliste</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keines</translation>
    </message>
    <message>
        <source>In use: {name} — loading…</source>
        <translation>Aktiv: {name} – wird geladen…</translation>
    </message>
    <message>
        <source>In use: {name} — it could not start. {why}</source>
        <translation>Aktiv: {name} – konnte nicht starten. {why}</translation>
    </message>
    <message>
        <source>In use: {name} — ready</source>
        <translation>Aktiv: {name} – bereit</translation>
    </message>
    <message>
        <source>In use: {name}</source>
        <translation>Aktiv: {name}</translation>
    </message>
    <message>
        <source>the new model</source>
        <translation>das neue Modell</translation>
    </message>
    <message>
        <source>Remove {ref} from this computer? You can download it again later.</source>
        <translation>{ref} von diesem Computer entfernen? Du kannst es später wieder herunterladen.</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <source>Checking model files…</source>
        <translation>Modelldateien werden geprüft…</translation>
    </message>
    <message>
        <source>Checking {name}… {pct}</source>
        <translation>{name} wird geprüft… {pct}</translation>
    </message>
    <message>
        <source>Damaged: {refs}. Download them again to repair them.</source>
        <translation>Beschädigt: {refs}. Lade sie erneut herunter, um sie zu reparieren.</translation>
    </message>
    <message>
        <source>All model files are intact.</source>
        <translation>Alle Modelldateien sind in Ordnung.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>{name} wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>QtRepoContext</name>
    <message>
        <source>Repository context</source>
        <translation>Projektkontext</translation>
    </message>
    <message>
        <source>Mezzo reads your project’s code on this computer so that suggestions can use your own functions; nothing leaves this computer.</source>
        <translation>Mezzo liest den Code deines Projekts auf diesem Computer, damit Vorschläge deine eigenen Funktionen nutzen können; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Repository context is turned off for every project in Settings, under “Code intelligence”, so suggestions do not use it now.</source>
        <translation>Der Projektkontext ist in den Einstellungen unter „Code-Intelligenz“ für alle Projekte ausgeschaltet, daher nutzen Vorschläge ihn gerade nicht.</translation>
    </message>
    <message>
        <source>Repository context is off</source>
        <translation>Projektkontext ist aus</translation>
    </message>
    <message>
        <source>No projects yet. Pick a current project above, or map a project folder below, and Mezzo reads its code.</source>
        <translation>Noch keine Projekte. Wähle oben ein aktuelles Projekt oder ordne unten einen Projektordner zu, dann liest Mezzo seinen Code.</translation>
    </message>
    <message>
        <source>Forget what Mezzo stored about {name}? Your files are not touched, and Mezzo reads the project again the next time you work in it.</source>
        <translation>Vergessen, was Mezzo über {name} gespeichert hat? Deine Dateien bleiben unberührt, und Mezzo liest das Projekt neu ein, wenn du das nächste Mal daran arbeitest.</translation>
    </message>
    <message>
        <source>Forget repository</source>
        <translation>Projekt vergessen</translation>
    </message>
</context>
<context>
    <name>QtRepoContextRow</name>
    <message>
        <source>Repository {name}</source>
        <translation>Projekt {name}</translation>
    </message>
    <message>
        <source>Index of {name}</source>
        <translation>Index von {name}</translation>
    </message>
    <message>
        <source>Use repository context</source>
        <translation>Projektkontext nutzen</translation>
    </message>
    <message>
        <source>Use repository context for {name}</source>
        <translation>Projektkontext für {name} nutzen</translation>
    </message>
    <message>
        <source>Off: suggestions in this project use only the file you are in.</source>
        <translation>Aus: Vorschläge in diesem Projekt nutzen nur die Datei, in der du bist.</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Neu einlesen</translation>
    </message>
    <message>
        <source>Re-index {name}</source>
        <translation>{name} neu einlesen</translation>
    </message>
    <message>
        <source>Read every file of this project again.</source>
        <translation>Alle Dateien dieses Projekts neu einlesen.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget the index of {name}</source>
        <translation>Index von {name} vergessen</translation>
    </message>
    <message>
        <source>Delete what Mezzo stored about this project. Your files are not touched.</source>
        <translation>Löscht, was Mezzo über dieses Projekt gespeichert hat. Deine Dateien bleiben unberührt.</translation>
    </message>
    <message>
        <source>{n} functions, types and values found</source>
        <translation>{n} Funktionen, Typen und Werte gefunden</translation>
    </message>
</context>
<context>
    <name>QtRepoEvaluation</name>
    <message>
        <source>Last check of the adapter</source>
        <translation>Letzte Prüfung des Adapters</translation>
    </message>
    <message>
        <source>The base model and the adapter, at the adapter&apos;s own strength, complete the same code from this project&apos;s held-out files (up to {rows} places), files Mezzo keeps out of any training set it builds.</source>
        <translation>Das Basismodell und der Adapter (in seiner eigenen Stärke) vervollständigen denselben Code aus zurückgehaltenen Dateien dieses Projekts (bis zu {rows} Stellen). Diese Dateien lässt Mezzo aus allen Trainingsdaten heraus, die es erstellt.</translation>
    </message>
    <message>
        <source>The adapter makes this project worse</source>
        <translation>Der Adapter macht dieses Projekt schlechter</translation>
    </message>
    <message>
        <source>● Helps this project</source>
        <translation>● Hilft diesem Projekt</translation>
    </message>
    <message>
        <source>The adapter helps this project</source>
        <translation>Der Adapter hilft diesem Projekt</translation>
    </message>
    <message>
        <source>Why the check failed</source>
        <translation>Warum die Prüfung fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Check {adapter} on this project</source>
        <translation>{adapter} an diesem Projekt prüfen</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Status der Prüfung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check this adapter</source>
        <translation>Diesen Adapter prüfen</translation>
    </message>
    <message>
        <source>Makes this project worse: with {name}, its completions were right less often than with the model alone.</source>
        <translation>Macht dieses Projekt schlechter: Mit {name} waren die Vervollständigungen seltener richtig als mit dem Modell allein.</translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation>Die Prüfung ist fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source>Stopping after the row in hand…</source>
        <translation>Stoppt nach der aktuellen Stelle…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Without the adapter: {done} of {total} rows</source>
        <translation>Ohne Adapter: {done} von {total} Stellen</translation>
    </message>
    <message>
        <source>With {name}: {done} of {total} rows</source>
        <translation>Mit {name}: {done} von {total} Stellen</translation>
    </message>
</context>
<context>
    <name>QtSuggestion</name>
    <message>
        <source>Suggested model</source>
        <translation>Empfohlenes Modell</translation>
    </message>
    <message>
        <source>{name} suits this computer and is already here.</source>
        <translation>{name} passt zu diesem Computer und ist schon da.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>{name} verwenden</translation>
    </message>
    <message>
        <source>{name} is downloading: see its card below.</source>
        <translation>{name} wird heruntergeladen: siehe seine Karte unten.</translation>
    </message>
    <message>
        <source>For real suggestions, get {name}: it suits this computer.</source>
        <translation>Für richtige Vorschläge hol dir {name}: Es passt zu diesem Computer.</translation>
    </message>
    <message>
        <source>Download it ({size})</source>
        <translation>Herunterladen ({size})</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>{name} herunterladen</translation>
    </message>
</context>
<context>
    <name>QtTelemetryPanel</name>
    <message>
        <source>Usage statistics</source>
        <translation>Nutzungsstatistik</translation>
    </message>
    <message>
        <source>These statistics stay on this computer. Mezzo never sends them anywhere.</source>
        <translation>Diese Statistik bleibt auf diesem Computer. Mezzo schickt sie nirgendwohin.</translation>
    </message>
    <message>
        <source>Last {n} days</source>
        <translation>Letzte {n} Tage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Statistik aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the statistics as a CSV file</source>
        <translation>Statistik als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Keep usage statistics on this computer</source>
        <translation>Nutzungsstatistik auf diesem Computer führen</translation>
    </message>
    <message>
        <source>Usage statistics notice</source>
        <translation>Hinweis zur Nutzungsstatistik</translation>
    </message>
    <message>
        <source>No completions yet. Connect your editor to Mezzo (see the Home page) and start typing: how often you keep a suggestion, and how fast they come, appear here.</source>
        <translation>Noch keine Vorschläge. Verbinde deinen Editor mit Mezzo (siehe Seite „Start“) und fang an zu tippen: Hier erscheint, wie oft du einen Vorschlag behältst und wie schnell sie kommen.</translation>
    </message>
    <message>
        <source>No statistics yet</source>
        <translation>Noch keine Statistik</translation>
    </message>
    <message>
        <source>of suggestions kept</source>
        <translation>der Vorschläge behalten</translation>
    </message>
    <message>
        <source>completions</source>
        <translation>Vervollständigungen</translation>
    </message>
    <message>
        <source>typical wait (p50)</source>
        <translation>typische Wartezeit (p50)</translation>
    </message>
    <message>
        <source>slowest 5% wait (p95)</source>
        <translation>Wartezeit der langsamsten 5 % (p95)</translation>
    </message>
    <message>
        <source>of the prompt reused from cache</source>
        <translation>des Prompts aus dem Cache wiederverwendet</translation>
    </message>
    <message>
        <source>Cache reuse</source>
        <translation>Cache-Nutzung</translation>
    </message>
    <message>
        <source>Suggestions kept, per day</source>
        <translation>Behaltene Vorschläge pro Tag</translation>
    </message>
    <message>
        <source>Wait for a suggestion, per day</source>
        <translation>Wartezeit auf einen Vorschlag pro Tag</translation>
    </message>
    <message>
        <source>Kept, by language</source>
        <translation>Behalten, nach Sprache</translation>
    </message>
    <message>
        <source>Kept, by model</source>
        <translation>Behalten, nach Modell</translation>
    </message>
    <message>
        <source>Kept, by adapter</source>
        <translation>Behalten, nach Adapter</translation>
    </message>
    <message>
        <source>Kept, by the model&apos;s confidence</source>
        <translation>Behalten, nach Konfidenz des Modells</translation>
    </message>
    <message>
        <source>No confidence measured yet</source>
        <translation>Noch keine Konfidenz gemessen</translation>
    </message>
    <message>
        <source>suggestions hidden</source>
        <translation>Vorschläge ausgeblendet</translation>
    </message>
    <message>
        <source>Why they were hidden</source>
        <translation>Warum sie ausgeblendet wurden</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Saved {n} completions to {path}.</source>
        <translation>{n} Vervollständigungen in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Mezzo keeps timings, sizes, whether you kept each suggestion and why any was hidden. Your code is never recorded.</source>
        <translation>Mezzo speichert Zeiten, Größen, ob du einen Vorschlag behalten hast und warum einer ausgeblendet wurde. Dein Code wird nie aufgezeichnet.</translation>
    </message>
    <message>
        <source>Off: Mezzo records nothing while this is off. Your code is never recorded, either way. Statistics already kept are shown below.</source>
        <translation>Aus: Solange das aus ist, zeichnet Mezzo nichts auf. Dein Code wird so oder so nie aufgezeichnet. Bisher gesammelte Statistik siehst du unten.</translation>
    </message>
</context>
<context>
    <name>QtVersionRow</name>
    <message>
        <source>Version {version} · {size}</source>
        <translation>Version {version} · {size}</translation>
    </message>
    <message>
        <source>● In use</source>
        <translation>● Aktiv</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>File check</source>
        <translation>Dateiprüfung</translation>
    </message>
    <message>
        <source>Files OK</source>
        <translation>Dateien OK</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Damaged: remove it</source>
        <translation>Beschädigt: bitte entfernen</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Download version {v} again to repair it</source>
        <translation>Version {v} erneut herunterladen, um sie zu reparieren</translation>
    </message>
    <message>
        <source>Use this one</source>
        <translation>Diese verwenden</translation>
    </message>
    <message>
        <source>Use version {v}</source>
        <translation>Version {v} verwenden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove version {v}</source>
        <translation>Version {v} entfernen</translation>
    </message>
    <message>
        <source>Switch to another model before removing this one.</source>
        <translation>Wechsle zu einem anderen Modell, bevor du dieses entfernst.</translation>
    </message>
</context>
<context>
    <name>ServerControl</name>
    <message>
        <source>Mezzo could not start its server. Quit Mezzo and start it again; if this keeps happening, restart your computer.</source>
        <translation>Mezzo konnte seinen Server nicht starten. Beende Mezzo und starte es erneut; wenn das immer wieder passiert, starte deinen Computer neu.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show suggestions in my editors</source>
        <translation>Vorschläge in meinen Editoren anzeigen</translation>
    </message>
    <message>
        <source>Start Mezzo when I log in</source>
        <translation>Mezzo beim Anmelden starten</translation>
    </message>
    <message>
        <source>Keep usage statistics on this computer</source>
        <translation>Nutzungsstatistik auf diesem Computer führen</translation>
    </message>
    <message>
        <source>Keep usage statistics for</source>
        <translation>Nutzungsstatistik aufbewahren für</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>On battery</source>
        <translation>Im Akkubetrieb</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Code intelligence</source>
        <translation>Code-Intelligenz</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation>Nutzungsstatistik</translation>
    </message>
    <message>
        <source>Mezzo counts the suggestions you keep and dismiss, to show how well it helps you. The statistics stay on this computer.</source>
        <translation>Mezzo zählt die Vorschläge, die du behältst und verwirfst, um zu zeigen, wie gut es dir hilft. Die Statistik bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Keep usage statistics for:</source>
        <translation>Nutzungsstatistik aufbewahren für:</translation>
    </message>
    <message>
        <source>For connecting other programs to Mezzo, and for exact numbers.</source>
        <translation>Zum Verbinden anderer Programme mit Mezzo und für genaue Zahlen.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Confidence threshold:</source>
        <translation>Konfidenzschwelle:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>Hugging-Face-Konto</translation>
    </message>
</context>
<context>
    <name>SnippetView</name>
    <message>
        <source>{title}: text to paste</source>
        <translation>{title}: Text zum Einfügen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the {title} setting</source>
        <translation>Einstellung für {title} kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>StudioPluginInstaller</name>
    <message>
        <source>Install the Studio plugin</source>
        <translation>Studio-Plugin installieren</translation>
    </message>
    <message>
        <source>Installed. Restart Roblox Studio, open a script, and allow the plugin to make HTTP requests when Studio asks.</source>
        <translation>Installiert. Starte Roblox Studio neu, öffne ein Skript und erlaube dem Plugin HTTP-Anfragen, wenn Studio fragt.</translation>
    </message>
    <message>
        <source>Roblox Studio runs on Windows and macOS. To use the plugin, run Mezzo on the same computer as Studio.</source>
        <translation>Roblox Studio läuft unter Windows und macOS. Damit das Plugin funktioniert, muss Mezzo auf demselben Computer wie Studio laufen.</translation>
    </message>
    <message>
        <source>Mezzo puts its plugin into Roblox Studio&apos;s plugins folder.</source>
        <translation>Mezzo legt sein Plugin in den Plugin-Ordner von Roblox Studio.</translation>
    </message>
</context>
<context>
    <name>TelemetryView</name>
    <message>
        <source>Very low</source>
        <translation>Sehr niedrig</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchste</translation>
    </message>
    <message>
        <source>Unsure (the model was guessing)</source>
        <translation>Unsicher (das Modell hat geraten)</translation>
    </message>
    <message>
        <source>Too short to be useful</source>
        <translation>Zu kurz, um nützlich zu sein</translation>
    </message>
    <message>
        <source>Suggestions were paused or switched off</source>
        <translation>Vorschläge waren pausiert oder aus</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Andere Gründe</translation>
    </message>
    <message>
        <source>Repeated the code after the cursor</source>
        <translation>Wiederholte den Code nach dem Cursor</translation>
    </message>
    <message>
        <source>Repeated the next line</source>
        <translation>Wiederholte die nächste Zeile</translation>
    </message>
    <message>
        <source>Held back to save battery</source>
        <translation>Zurückgehalten, um Akku zu sparen</translation>
    </message>
    <message>
        <source>Replaced by a newer request as you typed</source>
        <translation>Beim Tippen durch eine neuere Anfrage ersetzt</translation>
    </message>
    <message>
        <source>{kept} of {shown} kept</source>
        <translation>{kept} von {shown} behalten</translation>
    </message>
    <message>
        <source>kept {kept} of {shown} suggestions shown</source>
        <translation>{kept} von {shown} angezeigten Vorschlägen behalten</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Typical (p50)</source>
        <translation>Typisch (p50)</translation>
    </message>
    <message>
        <source>Slowest 5% (p95)</source>
        <translation>Langsamste 5 % (p95)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Unbekanntes Modell</translation>
    </message>
    <message>
        <source>No adapter</source>
        <translation>Kein Adapter</translation>
    </message>
    <message>
        <source>out of {total} in this period ({share})</source>
        <translation>von {total} in diesem Zeitraum ({share})</translation>
    </message>
    <message>
        <source>Every suggestion was shown.</source>
        <translation>Jeder Vorschlag wurde angezeigt.</translation>
    </message>
    <message>
        <source>suggestion hidden</source>
        <translation>Vorschlag ausgeblendet</translation>
    </message>
    <message>
        <source>suggestions hidden</source>
        <translation>Vorschläge ausgeblendet</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Mezzo could not do that</source>
        <translation>Mezzo konnte das nicht erledigen</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Mezzo menu</source>
        <translation>Mezzo-Menü</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open Mezzo…</source>
        <translation>Mezzo öffnen…</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Modelle…</translation>
    </message>
    <message>
        <source>Adapters…</source>
        <translation>Adapter…</translation>
    </message>
    <message>
        <source>Usage statistics…</source>
        <translation>Nutzungsstatistik…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Quit Mezzo</source>
        <translation>Mezzo beenden</translation>
    </message>
    <message>
        <source>This computer has no program to show folders. The log is in {folder}.</source>
        <translation>Dieser Computer hat kein Programm zum Anzeigen von Ordnern. Das Protokoll liegt in {folder}.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add an adapter file</source>
        <translation>Adapter-Datei hinzufügen</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>LoRA-Adapter</translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation>Modelldatei hinzufügen</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>GGUF-Modelle</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Statistik exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
</TS>
