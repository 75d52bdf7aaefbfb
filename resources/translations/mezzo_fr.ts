<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessTokenSection</name>
    <message>
        <source>Editors must send an access token</source>
        <translation>Les éditeurs doivent envoyer un jeton d’accès</translation>
    </message>
    <message>
        <source>Require an access token</source>
        <translation>Exiger un jeton d’accès</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Afficher le jeton d’accès</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Copier le jeton d’accès</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>Replace the access token with a new one</source>
        <translation>Remplacer le jeton d’accès par un nouveau</translation>
    </message>
    <message>
        <source>Editors send it as “Authorization: Bearer &lt;token&gt;”. Leave this off unless other people can use this computer: Mezzo only ever listens on this computer.</source>
        <translation>Les éditeurs l’envoient sous la forme «&#xa0;Authorization: Bearer &lt;token&gt;&#xa0;». Laissez cette option désactivée, sauf si d’autres personnes peuvent utiliser cet ordinateur&#xa0;: Mezzo n’écoute que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring, so the token is kept in a file only you can read ({file}). Install or unlock GNOME Keyring or KWallet to keep it there instead.</source>
        <translation>Cet ordinateur n’a pas de trousseau sécurisé&#xa0;: le jeton est donc conservé dans un fichier que seul votre compte peut lire ({file}). Installez ou déverrouillez GNOME Keyring ou KWallet pour l’y conserver à la place.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>AdapterChoices</name>
    <message>
        <source>Choose the adapter for the current project</source>
        <translation>Choisir l’adaptateur du projet actuel</translation>
    </message>
    <message>
        <source>Adapter: no project chosen…</source>
        <translation>Adaptateur&#xa0;: aucun projet choisi…</translation>
    </message>
    <message>
        <source>Adapter: {adapter}</source>
        <translation>Adaptateur&#xa0;: {adapter}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>AdapterEvaluation</name>
    <message>
        <source>The check stopped unexpectedly.</source>
        <translation>Le test s’est arrêté de façon inattendue.</translation>
    </message>
    <message>
        <source>The check ended with exit code {code}.</source>
        <translation>Le test s’est terminé avec le code de sortie {code}.</translation>
    </message>
    <message>
        <source>The check could not start: {why}</source>
        <translation>Le test n’a pas pu démarrer&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>AdapterRows</name>
    <message>
        <source>no adapter</source>
        <translation>aucun adaptateur</translation>
    </message>
    <message>
        <source>{name} at its usual strength</source>
        <translation>{name} à son intensité habituelle</translation>
    </message>
    <message>
        <source>{name} at strength {scale}</source>
        <translation>{name} à l’intensité {scale}</translation>
    </message>
    <message>
        <source>Any copy of this project, in any folder</source>
        <translation>Toute copie de ce projet, dans n’importe quel dossier</translation>
    </message>
    <message>
        <source>git: {remote}</source>
        <translation>git&#xa0;: {remote}</translation>
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
        <translation>Mezzo semble déjà ouvert, mais ne répond pas. Quittez-le (ou redémarrez votre ordinateur), puis relancez Mezzo.</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Completions are on</source>
        <translation>Suggestions activées</translation>
    </message>
    <message>
        <source>Completions are off</source>
        <translation>Suggestions désactivées</translation>
    </message>
    <message>
        <source>Completions are paused</source>
        <translation>Suggestions en pause</translation>
    </message>
    <message>
        <source>On battery: completions slowed down</source>
        <translation>Sur batterie&#xa0;: suggestions ralenties</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Mezzo needs your attention</source>
        <translation>Mezzo a besoin de votre attention</translation>
    </message>
    <message>
        <source>Completions are paused until {time}</source>
        <translation>Suggestions en pause jusqu’à {time}</translation>
    </message>
    <message>
        <source>Completions are waiting for a model</source>
        <translation>Suggestions en attente d’un modèle</translation>
    </message>
    <message>
        <source>Turn completions on</source>
        <translation>Activer les suggestions</translation>
    </message>
    <message>
        <source>Turn completions off</source>
        <translation>Désactiver les suggestions</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Reprendre maintenant</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pause d’une heure</translation>
    </message>
    <message>
        <source>See the Home page for what to do.</source>
        <translation>Consultez la page Accueil pour savoir quoi faire.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Models.</source>
        <translation>Aucun modèle n’est chargé. Choisissez-en un dans Modèles.</translation>
    </message>
    <message>
        <source>Your editor gets no suggestions until you turn them on.</source>
        <translation>Votre éditeur ne reçoit aucune suggestion tant que vous ne les activez pas.</translation>
    </message>
    <message>
        <source>Suggestions come back by themselves at {time}.</source>
        <translation>Les suggestions reprendront d’elles-mêmes à {time}.</translation>
    </message>
    <message>
        <source>{reason}. Suggestions come less often to save power.</source>
        <translation>{reason}. Les suggestions arrivent moins souvent pour économiser l’énergie.</translation>
    </message>
    <message>
        <source>Suggestions start as soon as the model is ready.</source>
        <translation>Les suggestions commencent dès que le modèle est prêt.</translation>
    </message>
    <message>
        <source>Suggestions keep working while the download runs.</source>
        <translation>Les suggestions continuent de fonctionner pendant le téléchargement.</translation>
    </message>
    <message>
        <source>Your editor gets suggestions from {model}.</source>
        <translation>Votre éditeur reçoit les suggestions de {model}.</translation>
    </message>
    <message>
        <source>the local model</source>
        <translation>le modèle local</translation>
    </message>
    <message>
        <source>Mezzo: {headline}
{explanation}</source>
        <translation>Mezzo&#xa0;: {headline}
{explanation}</translation>
    </message>
</context>
<context>
    <name>BatterySection</name>
    <message>
        <source>Time between suggestions on battery</source>
        <translation>Délai entre les suggestions sur batterie</translation>
    </message>
    <message>
        <source>Low battery level</source>
        <translation>Niveau de batterie faible</translation>
    </message>
    <message>
        <source>Pause suggestions when the battery is low</source>
        <translation>Mettre les suggestions en pause quand la batterie est faible</translation>
    </message>
    <message>
        <source>Download models on battery power</source>
        <translation>Télécharger les modèles sur batterie</translation>
    </message>
    <message>
        <source>A model download keeps the network and the disk busy for minutes. Off, downloads wait until the computer is plugged in.</source>
        <translation>Le téléchargement d’un modèle occupe le réseau et le disque pendant plusieurs minutes. Si cette option est désactivée, les téléchargements attendent que l’ordinateur soit branché.</translation>
    </message>
    <message>
        <source>On battery Mezzo spaces suggestions out and keeps them shorter, so your laptop lasts longer.</source>
        <translation>Sur batterie, Mezzo espace les suggestions et les raccourcit, pour que votre portable tienne plus longtemps.</translation>
    </message>
    <message>
        <source>Time between suggestions:</source>
        <translation>Délai entre les suggestions&#xa0;:</translation>
    </message>
    <message>
        <source>Battery counts as low below:</source>
        <translation>Batterie considérée comme faible sous&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CodeSection</name>
    <message>
        <source>Use repository context</source>
        <translation>Utiliser le contexte du projet</translation>
    </message>
    <message>
        <source>Mezzo reads your project on this computer and adds a little of it to each suggestion, so suggestions can use your own functions. Nothing leaves this computer.</source>
        <translation>Mezzo lit votre projet sur cet ordinateur et en ajoute un extrait à chaque suggestion, pour que les suggestions puissent utiliser vos propres fonctions. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>How much project code to add</source>
        <translation>Quantité de code du projet à ajouter</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>More lets suggestions know more of your project, but the first suggestion after you move to another place takes longer. A token is about four letters.</source>
        <translation>Plus la valeur est élevée, plus les suggestions connaissent votre projet, mais la première suggestion après un déplacement ailleurs dans le code prend plus de temps. Un jeton fait environ quatre lettres.</translation>
    </message>
    <message>
        <source>What the file requires</source>
        <translation>Modules requis par le fichier</translation>
    </message>
    <message>
        <source>Adds the functions and types of the modules this file requires.</source>
        <translation>Ajoute les fonctions et les types des modules requis par ce fichier.</translation>
    </message>
    <message>
        <source>Functions used near the cursor</source>
        <translation>Fonctions utilisées près du curseur</translation>
    </message>
    <message>
        <source>Adds how the functions and types named near the cursor are written in other files of the project.</source>
        <translation>Ajoute la définition, dans les autres fichiers du projet, des fonctions et des types cités près du curseur.</translation>
    </message>
    <message>
        <source>Where you were just working</source>
        <translation>Là où vous venez de travailler</translation>
    </message>
    <message>
        <source>Adds the code you changed last in other files.</source>
        <translation>Ajoute le code que vous avez modifié en dernier dans d’autres fichiers.</translation>
    </message>
    <message>
        <source>Stop at the end of the block</source>
        <translation>S’arrêter à la fin du bloc</translation>
    </message>
    <message>
        <source>Cuts a suggestion where the function, loop or statement you are in ends.</source>
        <translation>Coupe la suggestion là où se termine la fonction, la boucle ou l’instruction en cours.</translation>
    </message>
    <message>
        <source>Balance brackets</source>
        <translation>Équilibrer les parenthèses</translation>
    </message>
    <message>
        <source>Makes a suggestion’s brackets fit the code after the cursor, so none is left open or closed twice.</source>
        <translation>Ajuste les parenthèses d’une suggestion au code qui suit le curseur, pour qu’aucune ne reste ouverte ou ne soit fermée deux fois.</translation>
    </message>
    <message>
        <source>Drop text already after the cursor</source>
        <translation>Retirer le texte déjà présent après le curseur</translation>
    </message>
    <message>
        <source>Removes the end of a suggestion when it repeats the code after the cursor.</source>
        <translation>Supprime la fin d’une suggestion quand elle répète le code qui suit le curseur.</translation>
    </message>
    <message>
        <source>Drop repeated lines</source>
        <translation>Retirer les lignes répétées</translation>
    </message>
    <message>
        <source>Removes lines or blocks a suggestion repeats.</source>
        <translation>Supprime les lignes ou les blocs qu’une suggestion répète.</translation>
    </message>
    <message>
        <source>One line in the middle of a line</source>
        <translation>Une seule ligne en milieu de ligne</translation>
    </message>
    <message>
        <source>In the middle of a line, suggest only the rest of it; after a line that opens a block, suggest the block. Suggestions then come sooner.</source>
        <translation>En milieu de ligne, ne suggérer que la fin de la ligne&#xa0;; après une ligne qui ouvre un bloc, suggérer le bloc. Les suggestions arrivent alors plus vite.</translation>
    </message>
    <message>
        <source>Mezzo can read the rest of your project, so suggestions use your own functions. It all stays on this computer.</source>
        <translation>Mezzo peut lire le reste de votre projet, pour que les suggestions utilisent vos propres fonctions. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>How much project code to add:</source>
        <translation>Quantité de code du projet à ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>Add from the project:</source>
        <translation>Ajouter depuis le projet&#xa0;:</translation>
    </message>
    <message>
        <source>Mezzo tidies each suggestion so it fits the code around it. Turn a rule off if it gets in your way.</source>
        <translation>Mezzo ajuste chaque suggestion pour qu’elle s’accorde avec le code qui l’entoure. Désactivez une règle si elle vous gêne.</translation>
    </message>
</context>
<context>
    <name>ConfidenceSection</name>
    <message>
        <source>How many suggestions to show</source>
        <translation>Nombre de suggestions à afficher</translation>
    </message>
    <message>
        <source>Left shows fewer, surer suggestions; right shows more suggestions.</source>
        <translation>À gauche, moins de suggestions mais plus sûres&#xa0;; à droite, davantage de suggestions.</translation>
    </message>
    <message>
        <source>Use the model’s default</source>
        <translation>Utiliser la valeur par défaut du modèle</translation>
    </message>
    <message>
        <source>Suggest from my history</source>
        <translation>Proposer d’après mon historique</translation>
    </message>
    <message>
        <source>Set the slider from the suggestions you kept and dismissed</source>
        <translation>Régler le curseur d’après les suggestions que vous avez gardées et refusées</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Seuil de confiance</translation>
    </message>
    <message>
        <source>The average log-probability per token a suggestion must reach. 0 means certain; closer to 0 shows fewer suggestions.</source>
        <translation>La log-probabilité moyenne par jeton qu’une suggestion doit atteindre. 0 signifie certain&#xa0;; plus la valeur est proche de 0, moins il y a de suggestions.</translation>
    </message>
    <message>
        <source>Show fewer, surer suggestions</source>
        <translation>Afficher moins de suggestions, mais plus sûres</translation>
    </message>
    <message>
        <source>Show more suggestions</source>
        <translation>Afficher plus de suggestions</translation>
    </message>
    <message>
        <source>Mezzo hides suggestions the model is unsure of. Choose how sure it must be.</source>
        <translation>Mezzo masque les suggestions dont le modèle n’est pas sûr. Choisissez à quel point il doit être sûr.</translation>
    </message>
    <message>
        <source>Reading your statistics…</source>
        <translation>Lecture de vos statistiques…</translation>
    </message>
    <message>
        <source>No suggestion yet: {reason}</source>
        <translation>Pas encore de proposition&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Set to suit the suggestions you kept and dismissed.</source>
        <translation>Réglé d’après les suggestions que vous avez gardées et refusées.</translation>
    </message>
    <message>
        <source>Your statistics could not be read. Try again later.</source>
        <translation>Impossible de lire vos statistiques. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>ConnectEditorsView</name>
    <message>
        <source>VS Code with llama.vscode</source>
        <translation>VS Code avec llama.vscode</translation>
    </message>
    <message>
        <source>Continue (VS Code or JetBrains)</source>
        <translation>Continue (VS Code ou JetBrains)</translation>
    </message>
    <message>
        <source>Roblox Studio plugin</source>
        <translation>Plugin Roblox Studio</translation>
    </message>
    <message>
        <source>In VS Code, open Settings (JSON) and add this line:</source>
        <translation>Dans VS Code, ouvrez les paramètres (JSON) et ajoutez cette ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Add this model to Continue&apos;s config.yaml:</source>
        <translation>Ajoutez ce modèle au fichier config.yaml de Continue&#xa0;:</translation>
    </message>
    <message>
        <source>The plugin sends its requests to this address; there is nothing to change. If Studio asks whether the plugin may use localhost, choose Allow.</source>
        <translation>Le plugin envoie ses requêtes à cette adresse&#xa0;; il n’y a rien à modifier. Si Studio demande si le plugin peut utiliser localhost, choisissez «&#xa0;Autoriser&#xa0;».</translation>
    </message>
    <message>
        <source>The Roblox Studio plugin only uses port 11434, and Mezzo&apos;s port for Ollama clients is set to something else. Set it back to 11434 in Settings.</source>
        <translation>Le plugin Roblox Studio n’utilise que le port 11434, or le port de Mezzo pour les clients Ollama est réglé sur une autre valeur. Remettez-le sur 11434 dans les Réglages.</translation>
    </message>
    <message>
        <source>Another program (probably Ollama) is using port 11434, so the Roblox Studio plugin cannot reach Mezzo. Quit that program, then restart Mezzo.</source>
        <translation>Un autre programme (sans doute Ollama) utilise le port 11434&#xa0;: le plugin Roblox Studio ne peut donc pas joindre Mezzo. Quittez ce programme, puis redémarrez Mezzo.</translation>
    </message>
</context>
<context>
    <name>ConnectedEditorsView</name>
    <message>
        <source>Connected editors</source>
        <translation>Éditeurs connectés</translation>
    </message>
    <message>
        <source>No editor has asked for a suggestion yet. Set one up under “Connect your editor” below; it shows up here as soon as it asks.</source>
        <translation>Aucun éditeur n’a encore demandé de suggestion. Configurez-en un dans «&#xa0;Connecter votre éditeur&#xa0;» ci-dessous&#xa0;; il apparaîtra ici dès sa première demande.</translation>
    </message>
    <message>
        <source>Another editor (llama.cpp style)</source>
        <translation>Autre éditeur (style llama.cpp)</translation>
    </message>
    <message>
        <source>Another editor (Ollama style)</source>
        <translation>Autre éditeur (style Ollama)</translation>
    </message>
    <message>
        <source>Another editor (OpenAI style)</source>
        <translation>Autre éditeur (style OpenAI)</translation>
    </message>
    <message>
        <source>Another editor</source>
        <translation>Autre éditeur</translation>
    </message>
    <message>
        <source>asked just now</source>
        <translation>demande à l’instant</translation>
    </message>
    <message>
        <source>asked {n} s ago</source>
        <translation>demande il y a {n} s</translation>
    </message>
    <message>
        <source>asked {n} min ago</source>
        <translation>demande il y a {n} min</translation>
    </message>
    <message>
        <source>Its first suggestion is on its way.</source>
        <translation>Sa première suggestion arrive.</translation>
    </message>
    <message>
        <source>Its last suggestion was shown.</source>
        <translation>Sa dernière suggestion a été affichée.</translation>
    </message>
    <message>
        <source>Its last suggestion was hidden: the model was unsure.</source>
        <translation>Sa dernière suggestion a été masquée&#xa0;: le modèle n’était pas sûr.</translation>
    </message>
    <message>
        <source>Its last suggestion was hidden: it was too short or repeated nearby code.</source>
        <translation>Sa dernière suggestion a été masquée&#xa0;: elle était trop courte ou répétait le code voisin.</translation>
    </message>
    <message>
        <source>The model had nothing to suggest last time.</source>
        <translation>Le modèle n’avait rien à suggérer la dernière fois.</translation>
    </message>
    <message>
        <source>It asked while suggestions were paused or off.</source>
        <translation>Il a fait sa demande pendant que les suggestions étaient en pause ou désactivées.</translation>
    </message>
    <message>
        <source>Typing went on before its last suggestion was ready, so it was dropped.</source>
        <translation>La frappe a continué avant que sa dernière suggestion soit prête&#xa0;: elle a donc été abandonnée.</translation>
    </message>
    <message>
        <source>Mezzo could not answer its last request. The log has the details.</source>
        <translation>Mezzo n’a pas pu répondre à sa dernière demande. Le journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>Port for editors</source>
        <translation>Port pour les éditeurs</translation>
    </message>
    <message>
        <source>Port for Ollama clients</source>
        <translation>Port pour les clients Ollama</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The new port is used once the server restarts. Editors then need the new address (see Home).</source>
        <translation>Le nouveau port sera utilisé après le redémarrage du serveur. Les éditeurs devront alors utiliser la nouvelle adresse (voir Accueil).</translation>
    </message>
    <message>
        <source>Restart the server now</source>
        <translation>Redémarrer le serveur maintenant</translation>
    </message>
    <message>
        <source>Allowed origins, one per line</source>
        <translation>Origines autorisées, une par ligne</translation>
    </message>
    <message>
        <source>Save origins</source>
        <translation>Enregistrer les origines</translation>
    </message>
    <message>
        <source>Save the allowed origins</source>
        <translation>Enregistrer les origines autorisées</translation>
    </message>
    <message>
        <source>Port for editors:</source>
        <translation>Port pour les éditeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Port for Ollama clients:</source>
        <translation>Port pour les clients Ollama&#xa0;:</translation>
    </message>
    <message>
        <source>Web pages and editor webviews allowed to call Mezzo, one per line. A * matches any text, as in vscode-webview://*.</source>
        <translation>Pages web et webviews d’éditeurs autorisées à appeler Mezzo, une par ligne. Un * correspond à n’importe quel texte, comme dans vscode-webview://*.</translation>
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
        <translation>Commandes de Mezzo</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Problème rencontré</translation>
    </message>
    <message>
        <source>Open Mezzo…</source>
        <translation>Ouvrir Mezzo…</translation>
    </message>
    <message>
        <source>Open the Mezzo window</source>
        <translation>Ouvrir la fenêtre de Mezzo</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More: the full Mezzo menu</source>
        <translation>Plus&#xa0;: le menu complet de Mezzo</translation>
    </message>
    <message>
        <source>Quit Mezzo</source>
        <translation>Quitter Mezzo</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so Mezzo&apos;s controls live here. Closing this window quits Mezzo.</source>
        <translation>Votre bureau n’a pas de zone de notification&#xa0;: les commandes de Mezzo se trouvent donc ici. Fermer cette fenêtre quitte Mezzo.</translation>
    </message>
</context>
<context>
    <name>CoreBridge</name>
    <message>
        <source>Loading the model was stopped. Choose a model in Models.</source>
        <translation>Le chargement du modèle a été interrompu. Choisissez un modèle dans Modèles.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Hide {title}</source>
        <translation>Masquer la section {title}</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>Afficher la section {title}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message>
        <source>about {m} min left</source>
        <translation>environ {m} min restantes</translation>
    </message>
    <message>
        <source>about {h} h {m} min left</source>
        <translation>environ {h} h {m} min restantes</translation>
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
        <translation>Utiliser le GPU ({name})</translation>
    </message>
    <message>
        <source>Use the GPU</source>
        <translation>Utiliser le GPU</translation>
    </message>
    <message>
        <source>The GPU makes suggestions come faster. Turn it off if the GPU is busy with a game or runs out of memory.</source>
        <translation>Le GPU accélère les suggestions. Désactivez cette option si le GPU est occupé par un jeu ou manque de mémoire.</translation>
    </message>
    <message>
        <source>This computer&apos;s llama.cpp has no GPU support, so Mezzo runs on the CPU.</source>
        <translation>Le llama.cpp de cet ordinateur ne prend pas en charge le GPU&#xa0;: Mezzo fonctionne donc sur le CPU.</translation>
    </message>
    <message>
        <source>Load the model again now</source>
        <translation>Recharger le modèle maintenant</translation>
    </message>
    <message>
        <source>This applies the next time Mezzo loads a model.</source>
        <translation>Ce réglage s’appliquera la prochaine fois que Mezzo chargera un modèle.</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Turn completions on or off</source>
        <translation>Activer ou désactiver les suggestions</translation>
    </message>
    <message>
        <source>Pause or resume completions</source>
        <translation>Mettre en pause ou reprendre les suggestions</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Start the server again</source>
        <translation>Redémarrer le serveur</translation>
    </message>
    <message>
        <source>Address editors connect to</source>
        <translation>Adresse à laquelle les éditeurs se connectent</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modèle actif</translation>
    </message>
    <message>
        <source>Adapter for the current repository</source>
        <translation>Adaptateur du projet actuel</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Où le modèle s’exécute</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Open the folder with Mezzo&apos;s log</source>
        <translation>Ouvrir le dossier du journal de Mezzo</translation>
    </message>
    <message>
        <source>Suggestions hidden as unsure</source>
        <translation>Suggestions masquées car incertaines</translation>
    </message>
    <message>
        <source>Show more suggestions</source>
        <translation>Afficher plus de suggestions</translation>
    </message>
    <message>
        <source>Lower the confidence threshold so more suggestions are shown</source>
        <translation>Abaisser le seuil de confiance pour afficher plus de suggestions</translation>
    </message>
    <message>
        <source>Connected editors</source>
        <translation>Éditeurs connectés</translation>
    </message>
    <message>
        <source>Connect your editor</source>
        <translation>Connecter votre éditeur</translation>
    </message>
    <message>
        <source>Editors connect to</source>
        <translation>Adresse pour les éditeurs</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>aucun chargé</translation>
    </message>
    <message>
        <source>Mezzo hid {hidden} of the last {judged} suggestions because the model was unsure of them.</source>
        <translation>Mezzo a masqué {hidden} des {judged} dernières suggestions, car le modèle n’en était pas sûr.</translation>
    </message>
    <message>
        <source>Running on the CPU</source>
        <translation>Fonctionne sur le CPU</translation>
    </message>
    <message>
        <source>Running on the {device}</source>
        <translation>Fonctionne sur {device}</translation>
    </message>
    <message>
        <source>none (the model alone)</source>
        <translation>aucun (modèle seul)</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>serveur arrêté</translation>
    </message>
    <message>
        <source>{url}  ·  Ollama clients: {ollama}</source>
        <translation>{url}  ·  clients Ollama&#xa0;: {ollama}</translation>
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
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the Hugging Face token</source>
        <translation>Enregistrer le jeton Hugging Face</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Forget the Hugging Face token</source>
        <translation>Oublier le jeton Hugging Face</translation>
    </message>
    <message>
        <source>Only needed for models that ask you to sign in on huggingface.co.</source>
        <translation>Nécessaire uniquement pour les modèles qui vous demandent de vous connecter sur huggingface.co.</translation>
    </message>
    <message>
        <source>Paste your token first, then choose Save.</source>
        <translation>Collez d’abord votre jeton, puis choisissez Enregistrer.</translation>
    </message>
    <message>
        <source>Saved in your system keyring.</source>
        <translation>Enregistré dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Saved until Mezzo quits: this computer has no secure keyring, so you will need to enter it again next time.</source>
        <translation>Enregistré jusqu’à la fermeture de Mezzo&#xa0;: cet ordinateur n’a pas de trousseau sécurisé, vous devrez donc le saisir à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>The token is forgotten.</source>
        <translation>Le jeton a été oublié.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Free for any use, including commercial use.</source>
        <translation>Libre pour tout usage, y compris commercial.</translation>
    </message>
    <message>
        <source>Non-commercial use only: research and personal projects.</source>
        <translation>Usage non commercial uniquement&#xa0;: recherche et projets personnels.</translation>
    </message>
    <message>
        <source>Mezzo does not know this licence: see the model&apos;s page for what it allows.</source>
        <translation>Mezzo ne connaît pas cette licence&#xa0;: consultez la page du modèle pour savoir ce qu’elle autorise.</translation>
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
        <translation>Fenêtre principale de Mezzo</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Paused. What is downloaded so far is kept; press Resume to go on.</source>
        <translation>En pause. Ce qui a déjà été téléchargé est conservé&#xa0;; appuyez sur Reprendre pour continuer.</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <source>Mezzo cannot reach the model download site. Check that this computer is online, then press Resume: what is already downloaded is kept.</source>
        <translation>Mezzo ne parvient pas à joindre le site de téléchargement des modèles. Vérifiez que cet ordinateur est connecté à Internet, puis appuyez sur Reprendre&#xa0;: ce qui a déjà été téléchargé est conservé.</translation>
    </message>
    <message>
        <source>This model needs a Hugging Face access token. Accept the model&apos;s licence on huggingface.co, add your token in Settings, then try again.</source>
        <translation>Ce modèle nécessite un jeton d’accès Hugging Face. Acceptez la licence du modèle sur huggingface.co, ajoutez votre jeton dans les Réglages, puis réessayez.</translation>
    </message>
    <message>
        <source>The download arrived damaged, so Mezzo deleted it and installed nothing. Try again; if it keeps happening, your network may be altering downloads.</source>
        <translation>Le téléchargement est arrivé endommagé&#xa0;: Mezzo l’a donc supprimé et n’a rien installé. Réessayez&#xa0;; si cela se reproduit, votre réseau modifie peut-être les téléchargements.</translation>
    </message>
    <message>
        <source>The file Mezzo received is not the model it expected, so it was not installed. Pick another model, or update Mezzo.</source>
        <translation>Le fichier reçu par Mezzo n’est pas le modèle attendu&#xa0;: il n’a donc pas été installé. Choisissez un autre modèle, ou mettez Mezzo à jour.</translation>
    </message>
    <message>
        <source>This version of the model is no longer available for download. Pick another model, or update Mezzo to get its newer model list.</source>
        <translation>Cette version du modèle n’est plus disponible au téléchargement. Choisissez un autre modèle, ou mettez Mezzo à jour pour obtenir sa nouvelle liste de modèles.</translation>
    </message>
    <message>
        <source>Mezzo downloads models only while this computer is plugged in, to save the battery. Plug it in and try again, or turn on “Download models on battery power” in Settings. What is already downloaded is kept.</source>
        <translation>Mezzo ne télécharge les modèles que lorsque cet ordinateur est branché, pour économiser la batterie. Branchez-le et réessayez, ou activez «&#xa0;Télécharger les modèles sur batterie&#xa0;» dans les Réglages. Ce qui a déjà été téléchargé est conservé.</translation>
    </message>
    <message>
        <source>Another Mezzo window is changing the same files. Try again in a moment.</source>
        <translation>Une autre fenêtre de Mezzo modifie les mêmes fichiers. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{new} could not be loaded ({why}); Mezzo went back to {old}.</source>
        <translation>{new} n’a pas pu être chargé ({why})&#xa0;; Mezzo est revenu à {old}.</translation>
    </message>
    <message>
        <source>This model needs about {needed} of memory and only {free} is free. Close some programs, or choose a smaller model.</source>
        <translation>Ce modèle a besoin d’environ {needed} de mémoire, et seulement {free} sont libres. Fermez quelques programmes, ou choisissez un modèle plus petit.</translation>
    </message>
    <message>
        <source>The model file is missing ({file}). Pick another model in Models, or download it again.</source>
        <translation>Le fichier du modèle est introuvable ({file}). Choisissez un autre modèle dans Modèles, ou téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>This version of Mezzo cannot run {file}: it may be for a newer llama.cpp, or damaged. Pick another model, or download it again.</source>
        <translation>Cette version de Mezzo ne peut pas exécuter {file}&#xa0;: ce fichier est peut-être prévu pour un llama.cpp plus récent, ou endommagé. Choisissez un autre modèle, ou téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The model {file} could not be loaded. Pick another model in Models.</source>
        <translation>Le modèle {file} n’a pas pu être chargé. Choisissez un autre modèle dans Modèles.</translation>
    </message>
    <message>
        <source>The model is not ready yet. Wait a moment, or pick a model in Models.</source>
        <translation>Le modèle n’est pas encore prêt. Patientez un instant, ou choisissez un modèle dans Modèles.</translation>
    </message>
    <message>
        <source>Mezzo is shutting down.</source>
        <translation>Mezzo est en cours de fermeture.</translation>
    </message>
    <message>
        <source>Another program already uses port {port}, so editors cannot reach Mezzo. Quit that program (another Mezzo or llama-server?) and press Try again, or choose another port in Settings.</source>
        <translation>Un autre programme utilise déjà le port {port}&#xa0;: les éditeurs ne peuvent donc pas joindre Mezzo. Quittez ce programme (un autre Mezzo ou llama-server&#xa0;?) et appuyez sur Réessayer, ou choisissez un autre port dans les Réglages.</translation>
    </message>
    <message>
        <source>Mezzo does not know this model. Pick one from the list in Models.</source>
        <translation>Mezzo ne connaît pas ce modèle. Choisissez-en un dans la liste de la page Modèles.</translation>
    </message>
    <message>
        <source>The model list Mezzo received is not signed by Mezzo&apos;s publishers, so it was not used. The list that came with Mezzo stays in place.</source>
        <translation>La liste de modèles reçue par Mezzo n’est pas signée par l’équipe de Mezzo&#xa0;: elle n’a donc pas été utilisée. La liste fournie avec Mezzo reste en place.</translation>
    </message>
    <message>
        <source>This model cannot fill in code between the lines in the way chosen in Settings. Set the prompt format back to automatic.</source>
        <translation>Ce modèle ne sait pas compléter du code entre les lignes de la façon choisie dans les Réglages. Remettez le format du prompt sur automatique.</translation>
    </message>
    <message>
        <source>The setting {name} has a value Mezzo cannot use. Change or remove it.</source>
        <translation>Le réglage {name} a une valeur que Mezzo ne peut pas utiliser. Modifiez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>it is not a model file</source>
        <translation>ce n’est pas un fichier de modèle</translation>
    </message>
    <message>
        <source>it needs about {needed} of memory and only {free} is free</source>
        <translation>il lui faut environ {needed} de mémoire, et seulement {free} sont libres</translation>
    </message>
    <message>
        <source>its file is missing</source>
        <translation>son fichier est introuvable</translation>
    </message>
    <message>
        <source>the file is damaged, or made for a newer version of Mezzo</source>
        <translation>le fichier est endommagé, ou prévu pour une version plus récente de Mezzo</translation>
    </message>
    <message>
        <source>it cannot fill in code in the way chosen in Settings</source>
        <translation>il ne sait pas compléter le code de la façon choisie dans les Réglages</translation>
    </message>
    <message>
        <source>Mezzo could not start it</source>
        <translation>Mezzo n’a pas pu le démarrer</translation>
    </message>
    <message>
        <source>There is not enough free disk space: this needs {needed} and {free} is free. Free some space, or pick a smaller model.</source>
        <translation>L’espace disque libre est insuffisant&#xa0;: il faut {needed}, et seulement {free} sont libres. Libérez de l’espace, ou choisissez un modèle plus petit.</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space, then press Resume: the download goes on where it stopped.</source>
        <translation>Le disque s’est rempli pendant le téléchargement. Libérez de l’espace, puis appuyez sur Reprendre&#xa0;: le téléchargement repartira là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>The adapter “{adapter}” does not fit the model “{base}”: {why}. Pick the model it was trained for beside “Add an adapter file…” and add it again.</source>
        <translation>L’adaptateur «&#xa0;{adapter}&#xa0;» ne correspond pas au modèle «&#xa0;{base}&#xa0;»&#xa0;: {why}. Choisissez le modèle pour lequel il a été entraîné, à côté de «&#xa0;Ajouter un fichier d’adaptateur…&#xa0;», puis ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{folder}” is not a folder on this computer (it may have been moved or deleted). Pick the project folder again.</source>
        <translation>«&#xa0;{folder}&#xa0;» n’est pas un dossier de cet ordinateur (il a peut-être été déplacé ou supprimé). Choisissez à nouveau le dossier du projet.</translation>
    </message>
    <message>
        <source>No adapter named “{name}” is installed. Add it on the Adapters page.</source>
        <translation>Aucun adaptateur nommé «&#xa0;{name}&#xa0;» n’est installé. Ajoutez-le sur la page Adaptateurs.</translation>
    </message>
    <message>
        <source>llama.cpp could not use the adapter “{name}” with this model, so completions run without it. Remove the adapter and add it again.</source>
        <translation>llama.cpp n’a pas pu utiliser l’adaptateur «&#xa0;{name}&#xa0;» avec ce modèle&#xa0;: les suggestions fonctionnent donc sans lui. Supprimez l’adaptateur, puis ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>This file is a whole model, not an adapter. Add it on the Models page instead.</source>
        <translation>Ce fichier est un modèle complet, pas un adaptateur. Ajoutez-le plutôt sur la page Modèles.</translation>
    </message>
    <message>
        <source>{file} is not a LoRA adapter Mezzo can use (it is missing, damaged, or another kind of file). Pick the adapter&apos;s .gguf file.</source>
        <translation>{file} n’est pas un adaptateur LoRA utilisable par Mezzo (il est introuvable, endommagé ou d’un autre type). Choisissez le fichier .gguf de l’adaptateur.</translation>
    </message>
    <message>
        <source>“{name}” is still used by: {repos}. Remove those mappings first.</source>
        <translation>«&#xa0;{name}&#xa0;» est encore utilisé par&#xa0;: {repos}. Supprimez d’abord ces associations.</translation>
    </message>
    <message>
        <source>Mezzo needs an installed model to check the adapter against. Pick or download a model on the Models page first.</source>
        <translation>Mezzo a besoin d’un modèle installé pour vérifier l’adaptateur. Choisissez ou téléchargez d’abord un modèle sur la page Modèles.</translation>
    </message>
    <message>
        <source>Roblox Studio is not installed on this computer. Install it from roblox.com and open it once, then install the plugin.</source>
        <translation>Roblox Studio n’est pas installé sur cet ordinateur. Installez-le depuis roblox.com, ouvrez-le une fois, puis installez le plugin.</translation>
    </message>
    <message>
        <source>Mezzo is not allowed to save the plugin in Roblox Studio&apos;s plugins folder. Close Roblox Studio and try again; if it still fails, the folder may be read-only, or managed by your school or workplace.</source>
        <translation>Mezzo n’a pas le droit d’enregistrer le plugin dans le dossier des plugins de Roblox Studio. Fermez Roblox Studio et réessayez&#xa0;; si cela échoue encore, le dossier est peut-être en lecture seule, ou géré par votre école ou votre employeur.</translation>
    </message>
    <message>
        <source>The disk is full, so the Studio plugin could not be saved. Free some space, then try again.</source>
        <translation>Le disque est plein, le plugin Studio n’a donc pas pu être enregistré. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Mezzo could not read or write its files. Check that your home folder has free space and is writable, then try again.</source>
        <translation>Mezzo n’a pas pu lire ou écrire ses fichiers. Vérifiez que votre dossier personnel a de l’espace libre et qu’il est accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong with a model download or install. Look at the model on the Models page and try again; the details are in Mezzo&apos;s log: {log}</source>
        <translation>Un problème est survenu lors du téléchargement ou de l’installation d’un modèle. Vérifiez le modèle sur la page Modèles et réessayez&#xa0;; les détails se trouvent dans le journal de Mezzo&#xa0;: {log}</translation>
    </message>
    <message>
        <source>Something went wrong with an adapter. Look at it on the Adapters page and try again; the details are in Mezzo&apos;s log: {log}</source>
        <translation>Un problème est survenu avec un adaptateur. Vérifiez-le sur la page Adaptateurs et réessayez&#xa0;; les détails se trouvent dans le journal de Mezzo&#xa0;: {log}</translation>
    </message>
    <message>
        <source>Something went wrong that Mezzo has no explanation for. Try again; if it keeps happening, quit Mezzo and start it again. The details are in Mezzo&apos;s log: {log}</source>
        <translation>Un problème est survenu, et Mezzo ne sait pas l’expliquer. Réessayez&#xa0;; si cela se reproduit, quittez Mezzo et relancez-le. Les détails se trouvent dans le journal de Mezzo&#xa0;: {log}</translation>
    </message>
    <message>
        <source>{name} in Mezzo&apos;s logs folder</source>
        <translation>{name} dans le dossier des journaux de Mezzo</translation>
    </message>
</context>
<context>
    <name>MezzoApp</name>
    <message>
        <source>Mezzo is still running</source>
        <translation>Mezzo fonctionne toujours</translation>
    </message>
    <message>
        <source>Completions keep working. Mezzo&apos;s menu is in the system tray.</source>
        <translation>Les suggestions continuent de fonctionner. Le menu de Mezzo se trouve dans la zone de notification.</translation>
    </message>
</context>
<context>
    <name>ModelChoices</name>
    <message>
        <source>Choose the model</source>
        <translation>Choisir le modèle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modèle&#xa0;: {model}</translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation>Aucun modèle pour l’instant</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>Licence: {name}. {summary}</source>
        <translation>Licence&#xa0;: {name}. {summary}</translation>
    </message>
    <message>
        <source>Starter model: its suggestions are weak. It is only here so that Mezzo works offline straight away.</source>
        <translation>Modèle de départ&#xa0;: ses suggestions sont modestes. Il n’est là que pour que Mezzo fonctionne hors ligne dès le début.</translation>
    </message>
    <message>
        <source>Smaller and faster</source>
        <translation>Plus petit et plus rapide</translation>
    </message>
    <message>
        <source>Closer to the original</source>
        <translation>Plus fidèle à l’original</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>{kind} ({quantization}, {size})</source>
        <translation>{kind} ({quantization}, {size})</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>environ {size}</translation>
    </message>
    <message>
        <source>Some models come in two sizes. The smaller one is compressed more: it downloads sooner, needs less memory and answers a little faster. The larger one is closer to the original model, so its suggestions are slightly better.</source>
        <translation>Certains modèles existent en deux tailles. La plus petite est davantage compressée&#xa0;: elle se télécharge plus vite, utilise moins de mémoire et répond un peu plus rapidement. La plus grande est plus fidèle au modèle d’origine&#xa0;: ses suggestions sont donc légèrement meilleures.</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>Welcome to Mezzo</source>
        <translation>Bienvenue dans Mezzo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Mezzo suggests the next bit of code while you type, in Roblox Studio, VS Code and other editors. It runs a small AI model on this computer, so your code never leaves it.</source>
        <translation>Mezzo suggère la suite de votre code pendant que vous tapez, dans Roblox Studio, VS Code et d’autres éditeurs. Il fait tourner un petit modèle d’IA sur cet ordinateur&#xa0;: votre code ne le quitte jamais.</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>Download the suggested model</source>
        <translation>Télécharger le modèle conseillé</translation>
    </message>
    <message>
        <source>Use the starter for now</source>
        <translation>Utiliser le modèle de départ pour l’instant</translation>
    </message>
    <message>
        <source>Use the starter model, which is already on this computer, for now</source>
        <translation>Utiliser pour l’instant le modèle de départ, déjà présent sur cet ordinateur</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>Télécharger quand même</translation>
    </message>
    <message>
        <source>Download anyway, on battery power</source>
        <translation>Télécharger quand même, sur batterie</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>This computer has {ram} of memory and {disk} free.</source>
        <translation>Cet ordinateur a {ram} de mémoire et {disk} d’espace libre.</translation>
    </message>
    <message>
        <source>Suggested for this computer: about {size} to download, uses about {ram} of memory while it runs.</source>
        <translation>Conseillé pour cet ordinateur&#xa0;: environ {size} à télécharger, et environ {ram} de mémoire utilisée pendant son fonctionnement.</translation>
    </message>
    <message>
        <source>{name} would also fit and writes better code, but its licence is narrower. {summary} You can still choose it on the Models page.</source>
        <translation>{name} conviendrait aussi et écrit du meilleur code, mais sa licence est plus restrictive. {summary} Vous pouvez toujours le choisir sur la page Modèles.</translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>No model fits</source>
        <translation>Aucun modèle ne convient</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>Libérez de l’espace disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The bigger models do not fit this computer, so Mezzo starts with its starter model. It is already here, so there is nothing to download.</source>
        <translation>Les modèles plus grands ne conviennent pas à cet ordinateur&#xa0;: Mezzo démarre donc avec son modèle de départ. Il est déjà là, il n’y a rien à télécharger.</translation>
    </message>
    <message>
        <source>Connect your editor</source>
        <translation>Connecter votre éditeur</translation>
    </message>
    <message>
        <source>Keep Mezzo running (it sits in the system tray) and point your editor at it. The Home page shows this again whenever you need it.</source>
        <translation>Laissez Mezzo ouvert (il se trouve dans la zone de notification) et configurez votre éditeur pour qu’il l’utilise. La page Accueil vous le rappelle chaque fois que vous en avez besoin.</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Utiliser {name}</translation>
    </message>
    <message>
        <source>Download it now</source>
        <translation>Le télécharger maintenant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Checking the download</source>
        <translation>Vérification du téléchargement</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>{name} is ready. Mezzo is loading it now.</source>
        <translation>{name} est prêt. Mezzo est en train de le charger.</translation>
    </message>
    <message>
        <source>Download stopped. You can start it again from Models at any time.</source>
        <translation>Téléchargement interrompu. Vous pouvez le relancer à tout moment depuis Modèles.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Adapters</source>
        <translation>Adaptateurs</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>The {title} page is not available in this version of Mezzo. Completions keep working; reinstalling Mezzo brings the page back.</source>
        <translation>La page {title} n’est pas disponible dans cette version de Mezzo. Les suggestions continuent de fonctionner&#xa0;; réinstaller Mezzo rétablira la page.</translation>
    </message>
    <message>
        <source>{title} not available</source>
        <translation>{title} indisponible</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation>Statistiques</translation>
    </message>
</context>
<context>
    <name>QtAdapterRow</name>
    <message>
        <source>any language</source>
        <translation>tous les langages</translation>
    </message>
    <message>
        <source>Version {version} · for {base} · {languages}</source>
        <translation>Version {version} · pour {base} · {languages}</translation>
    </message>
    <message>
        <source>LoRA rank {rank}, default strength {scale:g}</source>
        <translation>LoRA de rang {rank}, intensité par défaut {scale:g}</translation>
    </message>
    <message>
        <source>Fits the model in use</source>
        <translation>Compatible avec le modèle actif</translation>
    </message>
    <message>
        <source>● Fits the model in use</source>
        <translation>● Compatible avec le modèle actif</translation>
    </message>
    <message>
        <source>No model is in use yet, so it is not used.</source>
        <translation>Aucun modèle n’est encore actif&#xa0;: cet adaptateur n’est donc pas utilisé.</translation>
    </message>
    <message>
        <source>Not used with the model in use: it was made for “{base}”, and Mezzo is running “{active}”. Switch to that model on the Models page to use it.</source>
        <translation>Inutilisé avec le modèle actif&#xa0;: il a été conçu pour «&#xa0;{base}&#xa0;», et Mezzo utilise «&#xa0;{active}&#xa0;». Passez à ce modèle sur la page Modèles pour l’utiliser.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove adapter {ref}</source>
        <translation>Supprimer l’adaptateur {ref}</translation>
    </message>
</context>
<context>
    <name>QtAdaptersPanel</name>
    <message>
        <source>Adapters</source>
        <translation>Adaptateurs</translation>
    </message>
    <message>
        <source>An adapter is a small add-on that tunes the model to one project or language, such as your Roblox game. Mezzo picks it from the project you are editing.</source>
        <translation>Un adaptateur est un petit module complémentaire qui adapte le modèle à un projet ou à un langage, par exemple votre jeu Roblox. Mezzo le choisit selon le projet que vous modifiez.</translation>
    </message>
    <message>
        <source>Adapters notice</source>
        <translation>Message de la page Adaptateurs</translation>
    </message>
    <message>
        <source>Installed adapters</source>
        <translation>Adaptateurs installés</translation>
    </message>
    <message>
        <source>Why the adapter was not added</source>
        <translation>Pourquoi l’adaptateur n’a pas été ajouté</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Adapters page</source>
        <translation>Page Adaptateurs</translation>
    </message>
    <message>
        <source>Add an adapter file…</source>
        <translation>Ajouter un fichier d’adaptateur…</translation>
    </message>
    <message>
        <source>Add an adapter file</source>
        <translation>Ajouter un fichier d’adaptateur</translation>
    </message>
    <message>
        <source>Model the adapter was trained for</source>
        <translation>Modèle pour lequel l’adaptateur a été entraîné</translation>
    </message>
    <message>
        <source>for the model</source>
        <translation>pour le modèle</translation>
    </message>
    <message>
        <source>Adapter to map</source>
        <translation>Adaptateur à associer</translation>
    </message>
    <message>
        <source>Adapter strength (scale)</source>
        <translation>Intensité de l’adaptateur (scale)</translation>
    </message>
    <message>
        <source>How strongly the adapter changes the model: 1 is as trained, less is milder.</source>
        <translation>À quel point l’adaptateur modifie le modèle&#xa0;: 1 correspond à l’entraînement, moins donne un effet plus léger.</translation>
    </message>
    <message>
        <source>Map a project folder…</source>
        <translation>Associer un dossier de projet…</translation>
    </message>
    <message>
        <source>Map a project folder to this adapter</source>
        <translation>Associer un dossier de projet à cet adaptateur</translation>
    </message>
    <message>
        <source>Add a project: use</source>
        <translation>Ajouter un projet&#xa0;: utiliser</translation>
    </message>
    <message>
        <source>at strength</source>
        <translation>à l’intensité</translation>
    </message>
    <message>
        <source>Adapter for every other project</source>
        <translation>Adaptateur pour tous les autres projets</translation>
    </message>
    <message>
        <source>Every other project uses</source>
        <translation>Tous les autres projets utilisent</translation>
    </message>
    <message>
        <source>No adapters yet. Add one with “Add an adapter file…” below.</source>
        <translation>Aucun adaptateur pour l’instant. Ajoutez-en un avec «&#xa0;Ajouter un fichier d’adaptateur…&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <source>No projects mapped to an adapter yet.</source>
        <translation>Aucun projet n’est encore associé à un adaptateur.</translation>
    </message>
    <message>
        <source>No adapter</source>
        <translation>Aucun adaptateur</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Ajout de {name}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} ajouté.</translation>
    </message>
    <message>
        <source>Remove the adapter {ref}?</source>
        <translation>Supprimer l’adaptateur {ref}&#xa0;?</translation>
    </message>
    <message>
        <source>Remove adapter</source>
        <translation>Supprimer l’adaptateur</translation>
    </message>
    <message>
        <source>Choose the project folder for {name}</source>
        <translation>Choisir le dossier du projet pour {name}</translation>
    </message>
    <message>
        <source>“{project}” now uses {target}.</source>
        <translation>«&#xa0;{project}&#xa0;» utilise maintenant {target}.</translation>
    </message>
</context>
<context>
    <name>QtBarChart</name>
    <message>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
</context>
<context>
    <name>QtCurrentProject</name>
    <message>
        <source>Current project</source>
        <translation>Projet actuel</translation>
    </message>
    <message>
        <source>llama.vscode and the Roblox Studio plugin do not tell Mezzo which file you are in. Pick the project you are working on, and they get its adapter.</source>
        <translation>llama.vscode et le plugin Roblox Studio n’indiquent pas à Mezzo dans quel fichier vous êtes. Choisissez le projet sur lequel vous travaillez, et ils recevront son adaptateur.</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Dossier du projet</translation>
    </message>
    <message>
        <source>Git remote of the current project</source>
        <translation>Dépôt git distant du projet actuel</translation>
    </message>
    <message>
        <source>Adapter for the current project</source>
        <translation>Adaptateur du projet actuel</translation>
    </message>
    <message>
        <source>Choose project folder…</source>
        <translation>Choisir le dossier du projet…</translation>
    </message>
    <message>
        <source>Choose the current project folder</source>
        <translation>Choisir le dossier du projet actuel</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the current project</source>
        <translation>Effacer le projet actuel</translation>
    </message>
    <message>
        <source>No project picked</source>
        <translation>Aucun projet choisi</translation>
    </message>
    <message>
        <source>Those editors get what “Every other project” is set to below.</source>
        <translation>Ces éditeurs reçoivent ce qui est choisi pour «&#xa0;Tous les autres projets&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <source>No adapter is used there: {why}.</source>
        <translation>Aucun adaptateur n’y est utilisé&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>Completions there use the adapter {adapter} at strength {scale}.</source>
        <translation>Les suggestions y utilisent l’adaptateur {adapter} à l’intensité {scale}.</translation>
    </message>
    <message>
        <source>Completions there use the model alone, with no adapter.</source>
        <translation>Les suggestions y utilisent le modèle seul, sans adaptateur.</translation>
    </message>
    <message>
        <source>Choose the project you are working on</source>
        <translation>Choisissez le projet sur lequel vous travaillez</translation>
    </message>
</context>
<context>
    <name>QtDownloadRow</name>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>État du téléchargement</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Mettre le téléchargement en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Reprendre le téléchargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel download and delete it</source>
        <translation>Annuler le téléchargement et le supprimer</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>Télécharger quand même</translation>
    </message>
    <message>
        <source>Download anyway, on battery power</source>
        <translation>Télécharger quand même, sur batterie</translation>
    </message>
    <message>
        <source>Downloads this model now, on battery. Your settings stay as they are.</source>
        <translation>Télécharge ce modèle maintenant, sur batterie. Vos réglages ne changent pas.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Mise en pause…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Checking the download… {pct}</source>
        <translation>Vérification du téléchargement… {pct}</translation>
    </message>
    <message>
        <source>Installing… {pct}</source>
        <translation>Installation… {pct}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>En pause à {done} sur {total}</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>Arrêté à {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>QtGauge</name>
    <message>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
</context>
<context>
    <name>QtLineChart</name>
    <message>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <source>{name}: latest {last}, from {low} to {high}</source>
        <translation>{name}&#xa0;: dernière valeur {last}, de {low} à {high}</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
</context>
<context>
    <name>QtMappingRow</name>
    <message>
        <source>Mapping status</source>
        <translation>État de l’association</translation>
    </message>
    <message>
        <source>Not applied: {why}.</source>
        <translation>Non appliqué&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Stop using an adapter for {project}</source>
        <translation>Ne plus utiliser d’adaptateur pour {project}</translation>
    </message>
</context>
<context>
    <name>QtModelCard</name>
    <message>
        <source>Kind of model</source>
        <translation>Type de modèle</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>What the licence allows</source>
        <translation>Ce que permet la licence</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Adapté à cet ordinateur</translation>
    </message>
    <message>
        <source>Download problem</source>
        <translation>Problème de téléchargement</translation>
    </message>
    <message>
        <source>{size} · on this computer</source>
        <translation>{size} · sur cet ordinateur</translation>
    </message>
    <message>
        <source>Size: {choice}</source>
        <translation>Taille&#xa0;: {choice}</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>Télécharger {name}</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Modèle de départ</translation>
    </message>
    <message>
        <source>Suggested for this computer</source>
        <translation>Conseillé pour cet ordinateur</translation>
    </message>
    <message>
        <source>Update to version {v}</source>
        <translation>Mettre à jour vers la version {v}</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>Télécharger ({size})</translation>
    </message>
    <message>
        <source>{size} on disk</source>
        <translation>{size} sur le disque</translation>
    </message>
    <message>
        <source>needs {ram} of memory</source>
        <translation>nécessite {ram} de mémoire</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>{n} paramètres</translation>
    </message>
    <message>
        <source>quantization {q}</source>
        <translation>quantification {q}</translation>
    </message>
    <message>
        <source>Runs well on this computer.</source>
        <translation>Fonctionne bien sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Tight on this computer: close other programs while you code.</source>
        <translation>Un peu juste pour cet ordinateur&#xa0;: fermez les autres programmes pendant que vous codez.</translation>
    </message>
    <message>
        <source>Too big for this computer: it needs {need} of memory and this one has {total}.</source>
        <translation>Trop gros pour cet ordinateur&#xa0;: il lui faut {need} de mémoire, et celui-ci en a {total}.</translation>
    </message>
    <message>
        <source>How much memory it needs is not known.</source>
        <translation>La quantité de mémoire nécessaire n’est pas connue.</translation>
    </message>
</context>
<context>
    <name>QtModelList</name>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Available to download</source>
        <translation>Disponibles au téléchargement</translation>
    </message>
</context>
<context>
    <name>QtModelsPanel</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modèle actif</translation>
    </message>
    <message>
        <source>Go back to the previous model</source>
        <translation>Revenir au modèle précédent</translation>
    </message>
    <message>
        <source>Check files</source>
        <translation>Vérifier les fichiers</translation>
    </message>
    <message>
        <source>Check the model files for damage</source>
        <translation>Vérifier que les fichiers des modèles ne sont pas endommagés</translation>
    </message>
    <message>
        <source>Add a model file…</source>
        <translation>Ajouter un fichier de modèle…</translation>
    </message>
    <message>
        <source>Add a model file from this computer</source>
        <translation>Ajouter un fichier de modèle depuis cet ordinateur</translation>
    </message>
    <message>
        <source>This computer has {total} of memory.</source>
        <translation>Cet ordinateur a {total} de mémoire.</translation>
    </message>
    <message>
        <source>Models notice</source>
        <translation>Message de la page Modèles</translation>
    </message>
    <message>
        <source>Models list</source>
        <translation>Liste des modèles</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>In use: {name} — loading…</source>
        <translation>Actif&#xa0;: {name} — chargement…</translation>
    </message>
    <message>
        <source>In use: {name} — it could not start. {why}</source>
        <translation>Actif&#xa0;: {name} — il n’a pas pu démarrer. {why}</translation>
    </message>
    <message>
        <source>In use: {name} — ready</source>
        <translation>Actif&#xa0;: {name} — prêt</translation>
    </message>
    <message>
        <source>In use: {name}</source>
        <translation>Actif&#xa0;: {name}</translation>
    </message>
    <message>
        <source>the new model</source>
        <translation>le nouveau modèle</translation>
    </message>
    <message>
        <source>Remove {ref} from this computer? You can download it again later.</source>
        <translation>Supprimer {ref} de cet ordinateur&#xa0;? Vous pourrez le télécharger à nouveau plus tard.</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} supprimé.</translation>
    </message>
    <message>
        <source>Checking model files…</source>
        <translation>Vérification des fichiers des modèles…</translation>
    </message>
    <message>
        <source>Checking {name}… {pct}</source>
        <translation>Vérification de {name}… {pct}</translation>
    </message>
    <message>
        <source>Damaged: {refs}. Download them again to repair them.</source>
        <translation>Endommagés&#xa0;: {refs}. Téléchargez-les à nouveau pour les réparer.</translation>
    </message>
    <message>
        <source>All model files are intact.</source>
        <translation>Tous les fichiers des modèles sont intacts.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Ajout de {name}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} ajouté.</translation>
    </message>
</context>
<context>
    <name>QtRepoContext</name>
    <message>
        <source>Repository context</source>
        <translation>Contexte du projet</translation>
    </message>
    <message>
        <source>Mezzo reads your project’s code on this computer so that suggestions can use your own functions; nothing leaves this computer.</source>
        <translation>Mezzo lit le code de votre projet sur cet ordinateur pour que les suggestions puissent utiliser vos propres fonctions&#xa0;; rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Repository context is turned off for every project in Settings, under “Code intelligence”, so suggestions do not use it now.</source>
        <translation>Le contexte du projet est désactivé pour tous les projets dans les Réglages, sous «&#xa0;Compréhension du code&#xa0;»&#xa0;: les suggestions ne l’utilisent donc pas pour le moment.</translation>
    </message>
    <message>
        <source>Repository context is off</source>
        <translation>Le contexte du projet est désactivé</translation>
    </message>
    <message>
        <source>No projects yet. Pick a current project above, or map a project folder below, and Mezzo reads its code.</source>
        <translation>Aucun projet pour l’instant. Choisissez un projet actuel ci-dessus, ou associez un dossier de projet ci-dessous, et Mezzo lira son code.</translation>
    </message>
    <message>
        <source>Forget what Mezzo stored about {name}? Your files are not touched, and Mezzo reads the project again the next time you work in it.</source>
        <translation>Oublier ce que Mezzo a enregistré sur {name}&#xa0;? Vos fichiers ne sont pas modifiés, et Mezzo relira le projet la prochaine fois que vous y travaillerez.</translation>
    </message>
    <message>
        <source>Forget repository</source>
        <translation>Oublier le projet</translation>
    </message>
</context>
<context>
    <name>QtRepoContextRow</name>
    <message>
        <source>Repository {name}</source>
        <translation>Projet {name}</translation>
    </message>
    <message>
        <source>Index of {name}</source>
        <translation>Index de {name}</translation>
    </message>
    <message>
        <source>Use repository context</source>
        <translation>Utiliser le contexte du projet</translation>
    </message>
    <message>
        <source>Use repository context for {name}</source>
        <translation>Utiliser le contexte du projet pour {name}</translation>
    </message>
    <message>
        <source>Off: suggestions in this project use only the file you are in.</source>
        <translation>Désactivé&#xa0;: dans ce projet, les suggestions n’utilisent que le fichier ouvert.</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Réindexer</translation>
    </message>
    <message>
        <source>Re-index {name}</source>
        <translation>Réindexer {name}</translation>
    </message>
    <message>
        <source>Read every file of this project again.</source>
        <translation>Relire tous les fichiers de ce projet.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Forget the index of {name}</source>
        <translation>Oublier l’index de {name}</translation>
    </message>
    <message>
        <source>Delete what Mezzo stored about this project. Your files are not touched.</source>
        <translation>Supprimer ce que Mezzo a enregistré sur ce projet. Vos fichiers ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>{n} functions, types and values found</source>
        <translation>{n} fonctions, types et valeurs trouvés</translation>
    </message>
</context>
<context>
    <name>QtRepoEvaluation</name>
    <message>
        <source>Last check of the adapter</source>
        <translation>Dernier test de l’adaptateur</translation>
    </message>
    <message>
        <source>The base model and the adapter, at the adapter&apos;s own strength, complete the same code from this project&apos;s held-out files (up to {rows} places), files Mezzo keeps out of any training set it builds.</source>
        <translation>Le modèle de base et l’adaptateur, à l’intensité propre à l’adaptateur, complètent le même code tiré des fichiers réservés de ce projet (jusqu’à {rows} endroits)&#xa0;: des fichiers que Mezzo exclut de tous les jeux d’entraînement qu’il constitue.</translation>
    </message>
    <message>
        <source>The adapter makes this project worse</source>
        <translation>L’adaptateur est moins bon sur ce projet</translation>
    </message>
    <message>
        <source>● Helps this project</source>
        <translation>● Utile pour ce projet</translation>
    </message>
    <message>
        <source>The adapter helps this project</source>
        <translation>L’adaptateur est utile pour ce projet</translation>
    </message>
    <message>
        <source>Why the check failed</source>
        <translation>Pourquoi le test a échoué</translation>
    </message>
    <message>
        <source>Check {adapter} on this project</source>
        <translation>Tester {adapter} sur ce projet</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progression du test</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>État du test</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Refaire le test</translation>
    </message>
    <message>
        <source>Check this adapter</source>
        <translation>Tester cet adaptateur</translation>
    </message>
    <message>
        <source>Makes this project worse: with {name}, its completions were right less often than with the model alone.</source>
        <translation>Moins bon sur ce projet&#xa0;: avec {name}, les suggestions étaient justes moins souvent qu’avec le modèle seul.</translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation>Le test a échoué&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Stopping after the row in hand…</source>
        <translation>Arrêt après l’exemple en cours…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Without the adapter: {done} of {total} rows</source>
        <translation>Sans l’adaptateur&#xa0;: {done} exemples sur {total}</translation>
    </message>
    <message>
        <source>With {name}: {done} of {total} rows</source>
        <translation>Avec {name}&#xa0;: {done} exemples sur {total}</translation>
    </message>
</context>
<context>
    <name>QtSuggestion</name>
    <message>
        <source>Suggested model</source>
        <translation>Modèle conseillé</translation>
    </message>
    <message>
        <source>{name} suits this computer and is already here.</source>
        <translation>{name} convient à cet ordinateur et y est déjà installé.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>L’utiliser</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Utiliser {name}</translation>
    </message>
    <message>
        <source>{name} is downloading: see its card below.</source>
        <translation>{name} est en cours de téléchargement&#xa0;: voir sa fiche ci-dessous.</translation>
    </message>
    <message>
        <source>For real suggestions, get {name}: it suits this computer.</source>
        <translation>Pour de vraies suggestions, installez {name}&#xa0;: il convient à cet ordinateur.</translation>
    </message>
    <message>
        <source>Download it ({size})</source>
        <translation>Le télécharger ({size})</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>Télécharger {name}</translation>
    </message>
</context>
<context>
    <name>QtTelemetryPanel</name>
    <message>
        <source>Usage statistics</source>
        <translation>Statistiques d’utilisation</translation>
    </message>
    <message>
        <source>These statistics stay on this computer. Mezzo never sends them anywhere.</source>
        <translation>Ces statistiques restent sur cet ordinateur. Mezzo ne les envoie jamais nulle part.</translation>
    </message>
    <message>
        <source>Last {n} days</source>
        <translation>{n} derniers jours</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Actualiser les statistiques</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the statistics as a CSV file</source>
        <translation>Exporter les statistiques dans un fichier CSV</translation>
    </message>
    <message>
        <source>Keep usage statistics on this computer</source>
        <translation>Conserver les statistiques d’utilisation sur cet ordinateur</translation>
    </message>
    <message>
        <source>Usage statistics notice</source>
        <translation>Message des statistiques d’utilisation</translation>
    </message>
    <message>
        <source>No completions yet. Connect your editor to Mezzo (see the Home page) and start typing: how often you keep a suggestion, and how fast they come, appear here.</source>
        <translation>Aucune suggestion pour l’instant. Connectez votre éditeur à Mezzo (voir la page Accueil) et commencez à taper&#xa0;: la fréquence à laquelle vous gardez les suggestions et leur rapidité s’afficheront ici.</translation>
    </message>
    <message>
        <source>No statistics yet</source>
        <translation>Pas encore de statistiques</translation>
    </message>
    <message>
        <source>of suggestions kept</source>
        <translation>des suggestions gardées</translation>
    </message>
    <message>
        <source>completions</source>
        <translation>complétions</translation>
    </message>
    <message>
        <source>typical wait (p50)</source>
        <translation>attente typique (p50)</translation>
    </message>
    <message>
        <source>slowest 5% wait (p95)</source>
        <translation>attente des 5&#xa0;% les plus lentes (p95)</translation>
    </message>
    <message>
        <source>of the prompt reused from cache</source>
        <translation>du prompt repris du cache</translation>
    </message>
    <message>
        <source>Cache reuse</source>
        <translation>Réutilisation du cache</translation>
    </message>
    <message>
        <source>Suggestions kept, per day</source>
        <translation>Suggestions gardées, par jour</translation>
    </message>
    <message>
        <source>Wait for a suggestion, per day</source>
        <translation>Attente d’une suggestion, par jour</translation>
    </message>
    <message>
        <source>Kept, by language</source>
        <translation>Gardées, par langage</translation>
    </message>
    <message>
        <source>Kept, by model</source>
        <translation>Gardées, par modèle</translation>
    </message>
    <message>
        <source>Kept, by adapter</source>
        <translation>Gardées, par adaptateur</translation>
    </message>
    <message>
        <source>Kept, by the model&apos;s confidence</source>
        <translation>Gardées, selon la confiance du modèle</translation>
    </message>
    <message>
        <source>No confidence measured yet</source>
        <translation>Aucune confiance mesurée pour l’instant</translation>
    </message>
    <message>
        <source>suggestions hidden</source>
        <translation>suggestions masquées</translation>
    </message>
    <message>
        <source>Why they were hidden</source>
        <translation>Pourquoi elles ont été masquées</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Saved {n} completions to {path}.</source>
        <translation>{n} complétions enregistrées dans {path}.</translation>
    </message>
    <message>
        <source>Mezzo keeps timings, sizes, whether you kept each suggestion and why any was hidden. Your code is never recorded.</source>
        <translation>Mezzo conserve les durées, les tailles, si vous avez gardé chaque suggestion et pourquoi certaines ont été masquées. Votre code n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>Off: Mezzo records nothing while this is off. Your code is never recorded, either way. Statistics already kept are shown below.</source>
        <translation>Désactivé&#xa0;: Mezzo n’enregistre rien tant que cette option est désactivée. Dans tous les cas, votre code n’est jamais enregistré. Les statistiques déjà conservées sont affichées ci-dessous.</translation>
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
        <translation>● Actif</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>File check</source>
        <translation>Vérification des fichiers</translation>
    </message>
    <message>
        <source>Files OK</source>
        <translation>Fichiers intacts</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagée</translation>
    </message>
    <message>
        <source>Damaged: remove it</source>
        <translation>Endommagée&#xa0;: supprimez-la</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <source>Download version {v} again to repair it</source>
        <translation>Télécharger à nouveau la version {v} pour la réparer</translation>
    </message>
    <message>
        <source>Use this one</source>
        <translation>Utiliser celle-ci</translation>
    </message>
    <message>
        <source>Use version {v}</source>
        <translation>Utiliser la version {v}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove version {v}</source>
        <translation>Supprimer la version {v}</translation>
    </message>
    <message>
        <source>Switch to another model before removing this one.</source>
        <translation>Passez à un autre modèle avant de supprimer cette version.</translation>
    </message>
</context>
<context>
    <name>ServerControl</name>
    <message>
        <source>Mezzo could not start its server. Quit Mezzo and start it again; if this keeps happening, restart your computer.</source>
        <translation>Mezzo n’a pas pu démarrer son serveur. Quittez Mezzo et relancez-le&#xa0;; si le problème persiste, redémarrez votre ordinateur.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Show suggestions in my editors</source>
        <translation>Afficher les suggestions dans mes éditeurs</translation>
    </message>
    <message>
        <source>Start Mezzo when I log in</source>
        <translation>Lancer Mezzo à l’ouverture de session</translation>
    </message>
    <message>
        <source>Keep usage statistics on this computer</source>
        <translation>Conserver les statistiques d’utilisation sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keep usage statistics for</source>
        <translation>Conserver les statistiques d’utilisation pendant</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Options avancées</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>On battery</source>
        <translation>Sur batterie</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Code intelligence</source>
        <translation>Compréhension du code</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation>Statistiques d’utilisation</translation>
    </message>
    <message>
        <source>Mezzo counts the suggestions you keep and dismiss, to show how well it helps you. The statistics stay on this computer.</source>
        <translation>Mezzo compte les suggestions que vous gardez et refusez, pour montrer à quel point il vous aide. Les statistiques restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Keep usage statistics for:</source>
        <translation>Conserver les statistiques pendant&#xa0;:</translation>
    </message>
    <message>
        <source>For connecting other programs to Mezzo, and for exact numbers.</source>
        <translation>Pour connecter d’autres programmes à Mezzo, et pour régler des valeurs précises.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Confidence threshold:</source>
        <translation>Seuil de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>Compte Hugging Face</translation>
    </message>
</context>
<context>
    <name>SnippetView</name>
    <message>
        <source>{title}: text to paste</source>
        <translation>{title}&#xa0;: texte à coller</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the {title} setting</source>
        <translation>Copier le réglage {title}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>StudioPluginInstaller</name>
    <message>
        <source>Install the Studio plugin</source>
        <translation>Installer le plugin Studio</translation>
    </message>
    <message>
        <source>Installed. Restart Roblox Studio, open a script, and allow the plugin to make HTTP requests when Studio asks.</source>
        <translation>Installé. Redémarrez Roblox Studio, ouvrez un script et autorisez le plugin à faire des requêtes HTTP quand Studio le demande.</translation>
    </message>
    <message>
        <source>Roblox Studio runs on Windows and macOS. To use the plugin, run Mezzo on the same computer as Studio.</source>
        <translation>Roblox Studio fonctionne sous Windows et macOS. Pour utiliser le plugin, lancez Mezzo sur le même ordinateur que Studio.</translation>
    </message>
    <message>
        <source>Mezzo puts its plugin into Roblox Studio&apos;s plugins folder.</source>
        <translation>Mezzo place son plugin dans le dossier des plugins de Roblox Studio.</translation>
    </message>
</context>
<context>
    <name>TelemetryView</name>
    <message>
        <source>Very low</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Très élevée</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <source>Unsure (the model was guessing)</source>
        <translation>Incertaine (le modèle devinait)</translation>
    </message>
    <message>
        <source>Too short to be useful</source>
        <translation>Trop courte pour être utile</translation>
    </message>
    <message>
        <source>Suggestions were paused or switched off</source>
        <translation>Suggestions en pause ou désactivées</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Autres raisons</translation>
    </message>
    <message>
        <source>Repeated the code after the cursor</source>
        <translation>Répétait le code après le curseur</translation>
    </message>
    <message>
        <source>Repeated the next line</source>
        <translation>Répétait la ligne suivante</translation>
    </message>
    <message>
        <source>Held back to save battery</source>
        <translation>Retenue pour économiser la batterie</translation>
    </message>
    <message>
        <source>Replaced by a newer request as you typed</source>
        <translation>Remplacée par une demande plus récente pendant la frappe</translation>
    </message>
    <message>
        <source>{kept} of {shown} kept</source>
        <translation>{kept} gardées sur {shown}</translation>
    </message>
    <message>
        <source>kept {kept} of {shown} suggestions shown</source>
        <translation>{kept} gardées sur {shown} suggestions affichées</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardées</translation>
    </message>
    <message>
        <source>Typical (p50)</source>
        <translation>Typique (p50)</translation>
    </message>
    <message>
        <source>Slowest 5% (p95)</source>
        <translation>5&#xa0;% les plus lentes (p95)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Modèle inconnu</translation>
    </message>
    <message>
        <source>No adapter</source>
        <translation>Sans adaptateur</translation>
    </message>
    <message>
        <source>out of {total} in this period ({share})</source>
        <translation>sur {total} pendant cette période ({share})</translation>
    </message>
    <message>
        <source>Every suggestion was shown.</source>
        <translation>Toutes les suggestions ont été affichées.</translation>
    </message>
    <message>
        <source>suggestion hidden</source>
        <translation>suggestion masquée</translation>
    </message>
    <message>
        <source>suggestions hidden</source>
        <translation>suggestions masquées</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesurée</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Mezzo could not do that</source>
        <translation>Mezzo n’a pas pu faire cela</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Mezzo menu</source>
        <translation>Menu de Mezzo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open Mezzo…</source>
        <translation>Ouvrir Mezzo…</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <source>Adapters…</source>
        <translation>Adaptateurs…</translation>
    </message>
    <message>
        <source>Usage statistics…</source>
        <translation>Statistiques d’utilisation…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Quit Mezzo</source>
        <translation>Quitter Mezzo</translation>
    </message>
    <message>
        <source>This computer has no program to show folders. The log is in {folder}.</source>
        <translation>Cet ordinateur n’a aucun programme pour afficher les dossiers. Le journal se trouve dans {folder}.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add an adapter file</source>
        <translation>Ajouter un fichier d’adaptateur</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>Adaptateurs LoRA</translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation>Ajouter un fichier de modèle</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Modèles GGUF</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
</TS>
