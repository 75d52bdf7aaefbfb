<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccessTokenSection</name>
    <message>
        <source>Editors must send an access token</source>
        <translation>エディターにアクセストークンの送信を求める</translation>
    </message>
    <message>
        <source>Require an access token</source>
        <translation>アクセストークンを必須にする</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>アクセストークンを表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>アクセストークンをコピー</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>新しいトークン</translation>
    </message>
    <message>
        <source>Replace the access token with a new one</source>
        <translation>アクセストークンを新しいものに置き換える</translation>
    </message>
    <message>
        <source>Editors send it as “Authorization: Bearer &lt;token&gt;”. Leave this off unless other people can use this computer: Mezzo only ever listens on this computer.</source>
        <translation>エディターは「Authorization: Bearer &lt;token&gt;」の形で送信します。Mezzoはこのコンピューター内からの接続しか受け付けないため、ほかの人もこのコンピューターを使う場合を除き、オフのままにしてください。</translation>
    </message>
    <message>
        <source>This computer has no secure keyring, so the token is kept in a file only you can read ({file}). Install or unlock GNOME Keyring or KWallet to keep it there instead.</source>
        <translation>このコンピューターには安全なキーリングがないため、トークンはあなただけが読めるファイル（{file}）に保存されています。キーリングに保存するには、GNOME KeyringまたはKWalletをインストールするか、ロックを解除してください。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>AdapterChoices</name>
    <message>
        <source>Choose the adapter for the current project</source>
        <translation>現在のプロジェクトのアダプターを選択</translation>
    </message>
    <message>
        <source>Adapter: no project chosen…</source>
        <translation>アダプター: プロジェクト未選択…</translation>
    </message>
    <message>
        <source>Adapter: {adapter}</source>
        <translation>アダプター: {adapter}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>AdapterEvaluation</name>
    <message>
        <source>The check stopped unexpectedly.</source>
        <translation>チェックが予期せず停止しました。</translation>
    </message>
    <message>
        <source>The check ended with exit code {code}.</source>
        <translation>チェックは終了コード {code} で終了しました。</translation>
    </message>
    <message>
        <source>The check could not start: {why}</source>
        <translation>チェックを開始できませんでした: {why}</translation>
    </message>
</context>
<context>
    <name>AdapterRows</name>
    <message>
        <source>no adapter</source>
        <translation>アダプターなし</translation>
    </message>
    <message>
        <source>{name} at its usual strength</source>
        <translation>{name}（通常の強度）</translation>
    </message>
    <message>
        <source>{name} at strength {scale}</source>
        <translation>{name}（強度 {scale}）</translation>
    </message>
    <message>
        <source>Any copy of this project, in any folder</source>
        <translation>このプロジェクトのすべてのコピー（フォルダーを問わず）</translation>
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
        <translation>Mezzoはすでに起動しているようですが、応答がありません。Mezzoを終了して（またはコンピューターを再起動して）から、もう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Completions are on</source>
        <translation>補完はオンです</translation>
    </message>
    <message>
        <source>Completions are off</source>
        <translation>補完はオフです</translation>
    </message>
    <message>
        <source>Completions are paused</source>
        <translation>補完は一時停止中です</translation>
    </message>
    <message>
        <source>On battery: completions slowed down</source>
        <translation>バッテリー駆動中: 補完の頻度を下げています</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>Mezzo needs your attention</source>
        <translation>Mezzoで対応が必要です</translation>
    </message>
    <message>
        <source>Completions are paused until {time}</source>
        <translation>補完は{time}まで一時停止中です</translation>
    </message>
    <message>
        <source>Completions are waiting for a model</source>
        <translation>補完はモデルの準備待ちです</translation>
    </message>
    <message>
        <source>Turn completions on</source>
        <translation>補完をオンにする</translation>
    </message>
    <message>
        <source>Turn completions off</source>
        <translation>補完をオフにする</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>今すぐ再開</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1時間一時停止</translation>
    </message>
    <message>
        <source>See the Home page for what to do.</source>
        <translation>対処方法はホーム画面をご覧ください。</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Models.</source>
        <translation>モデルが読み込まれていません。モデル画面で選んでください。</translation>
    </message>
    <message>
        <source>Your editor gets no suggestions until you turn them on.</source>
        <translation>オンにするまで、エディターに候補は表示されません。</translation>
    </message>
    <message>
        <source>Suggestions come back by themselves at {time}.</source>
        <translation>候補は{time}に自動的に再開します。</translation>
    </message>
    <message>
        <source>{reason}. Suggestions come less often to save power.</source>
        <translation>{reason}。省電力のため、候補の頻度を下げています。</translation>
    </message>
    <message>
        <source>Suggestions start as soon as the model is ready.</source>
        <translation>モデルの準備ができしだい、候補の表示が始まります。</translation>
    </message>
    <message>
        <source>Suggestions keep working while the download runs.</source>
        <translation>ダウンロード中も候補は引き続き使えます。</translation>
    </message>
    <message>
        <source>Your editor gets suggestions from {model}.</source>
        <translation>エディターには{model}からの候補が表示されます。</translation>
    </message>
    <message>
        <source>the local model</source>
        <translation>ローカルモデル</translation>
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
        <translation>バッテリー駆動時の候補の間隔</translation>
    </message>
    <message>
        <source>Low battery level</source>
        <translation>バッテリー低下とみなす残量</translation>
    </message>
    <message>
        <source>Pause suggestions when the battery is low</source>
        <translation>バッテリー残量が少ないときは候補を一時停止</translation>
    </message>
    <message>
        <source>Download models on battery power</source>
        <translation>バッテリー駆動中もモデルをダウンロード</translation>
    </message>
    <message>
        <source>A model download keeps the network and the disk busy for minutes. Off, downloads wait until the computer is plugged in.</source>
        <translation>モデルのダウンロード中は、数分間ネットワークとディスクが使われ続けます。オフにすると、電源につながるまでダウンロードを待ちます。</translation>
    </message>
    <message>
        <source>On battery Mezzo spaces suggestions out and keeps them shorter, so your laptop lasts longer.</source>
        <translation>バッテリー駆動中、Mezzoはノートパソコンが長持ちするよう、候補の間隔を空けて短めにします。</translation>
    </message>
    <message>
        <source>Time between suggestions:</source>
        <translation>候補の間隔:</translation>
    </message>
    <message>
        <source>Battery counts as low below:</source>
        <translation>バッテリー低下とみなす残量:</translation>
    </message>
</context>
<context>
    <name>CodeSection</name>
    <message>
        <source>Use repository context</source>
        <translation>リポジトリのコンテキストを使う</translation>
    </message>
    <message>
        <source>Mezzo reads your project on this computer and adds a little of it to each suggestion, so suggestions can use your own functions. Nothing leaves this computer.</source>
        <translation>Mezzoはこのコンピューター上でプロジェクトを読み取り、その一部を各候補に加えます。そのため、候補にあなた自身の関数が使われるようになります。データがこのコンピューターの外に出ることはありません。</translation>
    </message>
    <message>
        <source>How much project code to add</source>
        <translation>加えるプロジェクトコードの量</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>More lets suggestions know more of your project, but the first suggestion after you move to another place takes longer. A token is about four letters.</source>
        <translation>多くするほど候補がプロジェクトをよく把握できますが、別の場所に移動した直後の最初の候補が遅くなります。1トークンは英字でおよそ4文字分です。</translation>
    </message>
    <message>
        <source>What the file requires</source>
        <translation>ファイルが読み込むモジュール</translation>
    </message>
    <message>
        <source>Adds the functions and types of the modules this file requires.</source>
        <translation>このファイルが読み込む（requireする）モジュールの関数と型を加えます。</translation>
    </message>
    <message>
        <source>Functions used near the cursor</source>
        <translation>カーソル付近で使われている関数</translation>
    </message>
    <message>
        <source>Adds how the functions and types named near the cursor are written in other files of the project.</source>
        <translation>カーソル付近に出てくる関数や型が、プロジェクトのほかのファイルでどう書かれているかを加えます。</translation>
    </message>
    <message>
        <source>Where you were just working</source>
        <translation>直前に作業していた場所</translation>
    </message>
    <message>
        <source>Adds the code you changed last in other files.</source>
        <translation>ほかのファイルで最後に変更したコードを加えます。</translation>
    </message>
    <message>
        <source>Stop at the end of the block</source>
        <translation>ブロックの終わりで止める</translation>
    </message>
    <message>
        <source>Cuts a suggestion where the function, loop or statement you are in ends.</source>
        <translation>カーソルのある関数、ループ、文が終わる位置で候補を打ち切ります。</translation>
    </message>
    <message>
        <source>Balance brackets</source>
        <translation>括弧の対応をそろえる</translation>
    </message>
    <message>
        <source>Makes a suggestion’s brackets fit the code after the cursor, so none is left open or closed twice.</source>
        <translation>候補の括弧をカーソル以降のコードに合わせ、閉じ忘れや二重に閉じることがないようにします。</translation>
    </message>
    <message>
        <source>Drop text already after the cursor</source>
        <translation>カーソル以降と重なる部分を除く</translation>
    </message>
    <message>
        <source>Removes the end of a suggestion when it repeats the code after the cursor.</source>
        <translation>候補の末尾がカーソル以降のコードと重なる場合、その部分を取り除きます。</translation>
    </message>
    <message>
        <source>Drop repeated lines</source>
        <translation>繰り返しの行を除く</translation>
    </message>
    <message>
        <source>Removes lines or blocks a suggestion repeats.</source>
        <translation>候補の中で繰り返される行やブロックを取り除きます。</translation>
    </message>
    <message>
        <source>One line in the middle of a line</source>
        <translation>行の途中では1行だけ</translation>
    </message>
    <message>
        <source>In the middle of a line, suggest only the rest of it; after a line that opens a block, suggest the block. Suggestions then come sooner.</source>
        <translation>行の途中ではその行の残りだけを、ブロックを開く行の後ではそのブロックを候補にします。そのぶん候補が早く表示されます。</translation>
    </message>
    <message>
        <source>Mezzo can read the rest of your project, so suggestions use your own functions. It all stays on this computer.</source>
        <translation>Mezzoはプロジェクトのほかの部分も読み取れるため、候補にあなた自身の関数が使われます。すべてこのコンピューター内にとどまります。</translation>
    </message>
    <message>
        <source>How much project code to add:</source>
        <translation>加えるプロジェクトコードの量:</translation>
    </message>
    <message>
        <source>Add from the project:</source>
        <translation>プロジェクトから加えるもの:</translation>
    </message>
    <message>
        <source>Mezzo tidies each suggestion so it fits the code around it. Turn a rule off if it gets in your way.</source>
        <translation>Mezzoは各候補を周りのコードに合うように整えます。邪魔になるルールはオフにしてください。</translation>
    </message>
</context>
<context>
    <name>ConfidenceSection</name>
    <message>
        <source>How many suggestions to show</source>
        <translation>表示する候補の量</translation>
    </message>
    <message>
        <source>Left shows fewer, surer suggestions; right shows more suggestions.</source>
        <translation>左にすると確実な候補だけを少なめに、右にすると候補を多めに表示します。</translation>
    </message>
    <message>
        <source>Use the model’s default</source>
        <translation>モデルの既定値を使う</translation>
    </message>
    <message>
        <source>Suggest from my history</source>
        <translation>履歴から提案</translation>
    </message>
    <message>
        <source>Set the slider from the suggestions you kept and dismissed</source>
        <translation>採用した候補と却下した候補をもとにスライダーを設定します</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>信頼度のしきい値</translation>
    </message>
    <message>
        <source>The average log-probability per token a suggestion must reach. 0 means certain; closer to 0 shows fewer suggestions.</source>
        <translation>候補が満たす必要がある、トークンあたりの平均対数確率です。0は確実を意味し、0に近いほど表示される候補は少なくなります。</translation>
    </message>
    <message>
        <source>Show fewer, surer suggestions</source>
        <translation>確実な候補だけを少なめに表示</translation>
    </message>
    <message>
        <source>Show more suggestions</source>
        <translation>候補を多めに表示</translation>
    </message>
    <message>
        <source>Mezzo hides suggestions the model is unsure of. Choose how sure it must be.</source>
        <translation>Mezzoは、モデルが自信のない候補を表示しません。どの程度の確かさを求めるかを選んでください。</translation>
    </message>
    <message>
        <source>Reading your statistics…</source>
        <translation>統計を読み込んでいます…</translation>
    </message>
    <message>
        <source>No suggestion yet: {reason}</source>
        <translation>まだ提案できません: {reason}</translation>
    </message>
    <message>
        <source>Set to suit the suggestions you kept and dismissed.</source>
        <translation>採用・却下した候補に合わせて設定しました。</translation>
    </message>
    <message>
        <source>Your statistics could not be read. Try again later.</source>
        <translation>統計を読み込めませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ConnectEditorsView</name>
    <message>
        <source>VS Code with llama.vscode</source>
        <translation>VS Code（llama.vscode）</translation>
    </message>
    <message>
        <source>Continue (VS Code or JetBrains)</source>
        <translation>Continue（VS CodeまたはJetBrains）</translation>
    </message>
    <message>
        <source>Roblox Studio plugin</source>
        <translation>Roblox Studioプラグイン</translation>
    </message>
    <message>
        <source>In VS Code, open Settings (JSON) and add this line:</source>
        <translation>VS Codeで設定（JSON）を開き、次の行を追加してください:</translation>
    </message>
    <message>
        <source>Add this model to Continue&apos;s config.yaml:</source>
        <translation>Continueのconfig.yamlにこのモデルを追加してください:</translation>
    </message>
    <message>
        <source>The plugin sends its requests to this address; there is nothing to change. If Studio asks whether the plugin may use localhost, choose Allow.</source>
        <translation>プラグインはこのアドレスにリクエストを送るため、変更は必要ありません。プラグインにlocalhostの使用を許可するかStudioで確認されたら、「許可」（Allow）を選んでください。</translation>
    </message>
    <message>
        <source>The Roblox Studio plugin only uses port 11434, and Mezzo&apos;s port for Ollama clients is set to something else. Set it back to 11434 in Settings.</source>
        <translation>Roblox Studioプラグインはポート11434しか使いませんが、MezzoのOllamaクライアント用ポートが別の番号に設定されています。設定で11434に戻してください。</translation>
    </message>
    <message>
        <source>Another program (probably Ollama) is using port 11434, so the Roblox Studio plugin cannot reach Mezzo. Quit that program, then restart Mezzo.</source>
        <translation>別のプログラム（おそらくOllama）がポート11434を使っているため、Roblox StudioプラグインからMezzoに接続できません。そのプログラムを終了してから、Mezzoを再起動してください。</translation>
    </message>
</context>
<context>
    <name>ConnectedEditorsView</name>
    <message>
        <source>Connected editors</source>
        <translation>接続中のエディター</translation>
    </message>
    <message>
        <source>No editor has asked for a suggestion yet. Set one up under “Connect your editor” below; it shows up here as soon as it asks.</source>
        <translation>まだ候補を要求したエディターはありません。下の「エディターを接続」で設定してください。エディターから要求があるとすぐ、ここに表示されます。</translation>
    </message>
    <message>
        <source>Another editor (llama.cpp style)</source>
        <translation>その他のエディター（llama.cpp形式）</translation>
    </message>
    <message>
        <source>Another editor (Ollama style)</source>
        <translation>その他のエディター（Ollama形式）</translation>
    </message>
    <message>
        <source>Another editor (OpenAI style)</source>
        <translation>その他のエディター（OpenAI形式）</translation>
    </message>
    <message>
        <source>Another editor</source>
        <translation>その他のエディター</translation>
    </message>
    <message>
        <source>asked just now</source>
        <translation>たった今要求</translation>
    </message>
    <message>
        <source>asked {n} s ago</source>
        <translation>{n}秒前に要求</translation>
    </message>
    <message>
        <source>asked {n} min ago</source>
        <translation>{n}分前に要求</translation>
    </message>
    <message>
        <source>Its first suggestion is on its way.</source>
        <translation>最初の候補を準備しています。</translation>
    </message>
    <message>
        <source>Its last suggestion was shown.</source>
        <translation>前回の候補は表示されました。</translation>
    </message>
    <message>
        <source>Its last suggestion was hidden: the model was unsure.</source>
        <translation>前回の候補は非表示になりました: モデルに自信がありませんでした。</translation>
    </message>
    <message>
        <source>Its last suggestion was hidden: it was too short or repeated nearby code.</source>
        <translation>前回の候補は非表示になりました: 短すぎるか、近くのコードの繰り返しでした。</translation>
    </message>
    <message>
        <source>The model had nothing to suggest last time.</source>
        <translation>前回、モデルから出せる候補はありませんでした。</translation>
    </message>
    <message>
        <source>It asked while suggestions were paused or off.</source>
        <translation>候補が一時停止中またはオフのときに要求がありました。</translation>
    </message>
    <message>
        <source>Typing went on before its last suggestion was ready, so it was dropped.</source>
        <translation>前回の候補の準備ができる前に入力が続いたため、その候補は破棄されました。</translation>
    </message>
    <message>
        <source>Mezzo could not answer its last request. The log has the details.</source>
        <translation>Mezzoは前回の要求に応答できませんでした。詳しくはログをご覧ください。</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>Port for editors</source>
        <translation>エディター用ポート</translation>
    </message>
    <message>
        <source>Port for Ollama clients</source>
        <translation>Ollamaクライアント用ポート</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>The new port is used once the server restarts. Editors then need the new address (see Home).</source>
        <translation>新しいポートはサーバーの再起動後に使われます。その後、エディターには新しいアドレスを設定してください（ホーム画面を参照）。</translation>
    </message>
    <message>
        <source>Restart the server now</source>
        <translation>今すぐサーバーを再起動</translation>
    </message>
    <message>
        <source>Allowed origins, one per line</source>
        <translation>許可するオリジン（1行に1つ）</translation>
    </message>
    <message>
        <source>Save origins</source>
        <translation>オリジンを保存</translation>
    </message>
    <message>
        <source>Save the allowed origins</source>
        <translation>許可するオリジンを保存</translation>
    </message>
    <message>
        <source>Port for editors:</source>
        <translation>エディター用ポート:</translation>
    </message>
    <message>
        <source>Port for Ollama clients:</source>
        <translation>Ollamaクライアント用ポート:</translation>
    </message>
    <message>
        <source>Web pages and editor webviews allowed to call Mezzo, one per line. A * matches any text, as in vscode-webview://*.</source>
        <translation>Mezzoの呼び出しを許可するWebページやエディターのWebビューを、1行に1つずつ入力します。vscode-webview://* のように、* は任意の文字列に一致します。</translation>
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
        <translation>Mezzoの操作</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>発生した問題</translation>
    </message>
    <message>
        <source>Open Mezzo…</source>
        <translation>Mezzoを開く…</translation>
    </message>
    <message>
        <source>Open the Mezzo window</source>
        <translation>Mezzoのウィンドウを開く</translation>
    </message>
    <message>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>More: the full Mezzo menu</source>
        <translation>その他: Mezzoのすべてのメニュー</translation>
    </message>
    <message>
        <source>Quit Mezzo</source>
        <translation>Mezzoを終了</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so Mezzo&apos;s controls live here. Closing this window quits Mezzo.</source>
        <translation>お使いのデスクトップにはシステムトレイがないため、Mezzoの操作はここで行います。このウィンドウを閉じるとMezzoは終了します。</translation>
    </message>
</context>
<context>
    <name>CoreBridge</name>
    <message>
        <source>Loading the model was stopped. Choose a model in Models.</source>
        <translation>モデルの読み込みが中止されました。モデル画面でモデルを選んでください。</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Hide {title}</source>
        <translation>{title}を隠す</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>{title}を表示</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n}バイト</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/秒</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>残り1分未満</translation>
    </message>
    <message>
        <source>about {m} min left</source>
        <translation>残り約{m}分</translation>
    </message>
    <message>
        <source>about {h} h {m} min left</source>
        <translation>残り約{h}時間{m}分</translation>
    </message>
    <message>
        <source>{n} ms</source>
        <translation>{n} ms</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n}秒</translation>
    </message>
</context>
<context>
    <name>GpuSection</name>
    <message>
        <source>Use the GPU ({name})</source>
        <translation>GPUを使う（{name}）</translation>
    </message>
    <message>
        <source>Use the GPU</source>
        <translation>GPUを使う</translation>
    </message>
    <message>
        <source>The GPU makes suggestions come faster. Turn it off if the GPU is busy with a game or runs out of memory.</source>
        <translation>GPUを使うと候補が速く表示されます。GPUがゲームなどで使われているときや、メモリが足りなくなるときはオフにしてください。</translation>
    </message>
    <message>
        <source>This computer&apos;s llama.cpp has no GPU support, so Mezzo runs on the CPU.</source>
        <translation>このコンピューターのllama.cppはGPUに対応していないため、MezzoはCPUで動作します。</translation>
    </message>
    <message>
        <source>Load the model again now</source>
        <translation>今すぐモデルを読み込み直す</translation>
    </message>
    <message>
        <source>This applies the next time Mezzo loads a model.</source>
        <translation>次にMezzoがモデルを読み込むときに適用されます。</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Turn completions on or off</source>
        <translation>補完のオン/オフを切り替え</translation>
    </message>
    <message>
        <source>Pause or resume completions</source>
        <translation>補完を一時停止または再開</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Start the server again</source>
        <translation>サーバーを再起動</translation>
    </message>
    <message>
        <source>Address editors connect to</source>
        <translation>エディターの接続先アドレス</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>使用中のモデル</translation>
    </message>
    <message>
        <source>Adapter for the current repository</source>
        <translation>現在のリポジトリのアダプター</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>モデルの実行場所</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>ログフォルダーを開く</translation>
    </message>
    <message>
        <source>Open the folder with Mezzo&apos;s log</source>
        <translation>Mezzoのログがあるフォルダーを開く</translation>
    </message>
    <message>
        <source>Suggestions hidden as unsure</source>
        <translation>自信がなく非表示にした候補</translation>
    </message>
    <message>
        <source>Show more suggestions</source>
        <translation>候補を多めに表示</translation>
    </message>
    <message>
        <source>Lower the confidence threshold so more suggestions are shown</source>
        <translation>信頼度のしきい値を下げて、より多くの候補を表示します</translation>
    </message>
    <message>
        <source>Connected editors</source>
        <translation>接続中のエディター</translation>
    </message>
    <message>
        <source>Connect your editor</source>
        <translation>エディターを接続</translation>
    </message>
    <message>
        <source>Editors connect to</source>
        <translation>エディターの接続先</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>アダプター</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source>Mezzo hid {hidden} of the last {judged} suggestions because the model was unsure of them.</source>
        <translation>モデルに自信がなかったため、Mezzoは直近{judged}件の候補のうち{hidden}件を非表示にしました。</translation>
    </message>
    <message>
        <source>Running on the CPU</source>
        <translation>CPUで実行中</translation>
    </message>
    <message>
        <source>Running on the {device}</source>
        <translation>{device}で実行中</translation>
    </message>
    <message>
        <source>none (the model alone)</source>
        <translation>なし（モデルのみ）</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>{url}  ·  Ollama clients: {ollama}</source>
        <translation>{url}  ·  Ollamaクライアント: {ollama}</translation>
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
        <translation>Hugging Faceトークン</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the Hugging Face token</source>
        <translation>Hugging Faceトークンを保存</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Forget the Hugging Face token</source>
        <translation>Hugging Faceトークンを削除</translation>
    </message>
    <message>
        <source>Only needed for models that ask you to sign in on huggingface.co.</source>
        <translation>huggingface.coでのサインインが必要なモデルにのみ使います。</translation>
    </message>
    <message>
        <source>Paste your token first, then choose Save.</source>
        <translation>先にトークンを貼り付けてから、「保存」を選んでください。</translation>
    </message>
    <message>
        <source>Saved in your system keyring.</source>
        <translation>システムのキーリングに保存しました。</translation>
    </message>
    <message>
        <source>Saved until Mezzo quits: this computer has no secure keyring, so you will need to enter it again next time.</source>
        <translation>Mezzoを終了するまで保存されます。このコンピューターには安全なキーリングがないため、次回はもう一度入力する必要があります。</translation>
    </message>
    <message>
        <source>The token is forgotten.</source>
        <translation>トークンを削除しました。</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Free for any use, including commercial use.</source>
        <translation>商用を含め、どのような用途にも無料で使えます。</translation>
    </message>
    <message>
        <source>Non-commercial use only: research and personal projects.</source>
        <translation>非商用のみ: 研究や個人のプロジェクト向けです。</translation>
    </message>
    <message>
        <source>Mezzo does not know this licence: see the model&apos;s page for what it allows.</source>
        <translation>Mezzoはこのライセンスを把握していません。許可されている内容はモデルのページでご確認ください。</translation>
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
        <translation>Mezzoのメインウィンドウ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Paused. What is downloaded so far is kept; press Resume to go on.</source>
        <translation>一時停止しました。ダウンロード済みの部分は保持されます。続けるには「再開」を押してください。</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>ダウンロードをキャンセルしました。</translation>
    </message>
    <message>
        <source>Mezzo cannot reach the model download site. Check that this computer is online, then press Resume: what is already downloaded is kept.</source>
        <translation>Mezzoからモデルのダウンロードサイトに接続できません。このコンピューターがインターネットにつながっていることを確認してから、「再開」を押してください。ダウンロード済みの部分は保持されます。</translation>
    </message>
    <message>
        <source>This model needs a Hugging Face access token. Accept the model&apos;s licence on huggingface.co, add your token in Settings, then try again.</source>
        <translation>このモデルにはHugging Faceのアクセストークンが必要です。huggingface.coでモデルのライセンスに同意し、設定でトークンを追加してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The download arrived damaged, so Mezzo deleted it and installed nothing. Try again; if it keeps happening, your network may be altering downloads.</source>
        <translation>ダウンロードしたデータが破損していたため、Mezzoはそれを削除し、何もインストールしませんでした。もう一度お試しください。繰り返し起こる場合は、ネットワークがダウンロード内容を書き換えている可能性があります。</translation>
    </message>
    <message>
        <source>The file Mezzo received is not the model it expected, so it was not installed. Pick another model, or update Mezzo.</source>
        <translation>Mezzoが受け取ったファイルは想定していたモデルではないため、インストールしませんでした。別のモデルを選ぶか、Mezzoを更新してください。</translation>
    </message>
    <message>
        <source>This version of the model is no longer available for download. Pick another model, or update Mezzo to get its newer model list.</source>
        <translation>このバージョンのモデルはダウンロードできなくなりました。別のモデルを選ぶか、Mezzoを更新して新しいモデル一覧を取得してください。</translation>
    </message>
    <message>
        <source>Mezzo downloads models only while this computer is plugged in, to save the battery. Plug it in and try again, or turn on “Download models on battery power” in Settings. What is already downloaded is kept.</source>
        <translation>バッテリーを節約するため、Mezzoは電源につながっているときだけモデルをダウンロードします。電源につないでからもう一度お試しいただくか、設定で「バッテリー駆動中もモデルをダウンロード」をオンにしてください。ダウンロード済みの部分は保持されます。</translation>
    </message>
    <message>
        <source>Another Mezzo window is changing the same files. Try again in a moment.</source>
        <translation>別のMezzoウィンドウが同じファイルを変更しています。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{new} could not be loaded ({why}); Mezzo went back to {old}.</source>
        <translation>{new}を読み込めませんでした（{why}）。Mezzoは{old}に戻しました。</translation>
    </message>
    <message>
        <source>This model needs about {needed} of memory and only {free} is free. Close some programs, or choose a smaller model.</source>
        <translation>このモデルには約{needed}のメモリが必要ですが、空きは{free}しかありません。ほかのプログラムを閉じるか、より小さいモデルを選んでください。</translation>
    </message>
    <message>
        <source>The model file is missing ({file}). Pick another model in Models, or download it again.</source>
        <translation>モデルファイルが見つかりません（{file}）。モデル画面で別のモデルを選ぶか、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>This version of Mezzo cannot run {file}: it may be for a newer llama.cpp, or damaged. Pick another model, or download it again.</source>
        <translation>このバージョンのMezzoでは{file}を実行できません。より新しいllama.cpp向けのファイルか、破損している可能性があります。別のモデルを選ぶか、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The model {file} could not be loaded. Pick another model in Models.</source>
        <translation>モデル{file}を読み込めませんでした。モデル画面で別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>The model is not ready yet. Wait a moment, or pick a model in Models.</source>
        <translation>モデルの準備がまだできていません。少し待つか、モデル画面でモデルを選んでください。</translation>
    </message>
    <message>
        <source>Mezzo is shutting down.</source>
        <translation>Mezzoを終了しています。</translation>
    </message>
    <message>
        <source>Another program already uses port {port}, so editors cannot reach Mezzo. Quit that program (another Mezzo or llama-server?) and press Try again, or choose another port in Settings.</source>
        <translation>別のプログラムがすでにポート{port}を使っているため、エディターからMezzoに接続できません。そのプログラム（別のMezzoやllama-serverなど）を終了して「再試行」を押すか、設定で別のポートを選んでください。</translation>
    </message>
    <message>
        <source>Mezzo does not know this model. Pick one from the list in Models.</source>
        <translation>Mezzoはこのモデルを把握していません。モデル画面の一覧から選んでください。</translation>
    </message>
    <message>
        <source>The model list Mezzo received is not signed by Mezzo&apos;s publishers, so it was not used. The list that came with Mezzo stays in place.</source>
        <translation>Mezzoが受け取ったモデル一覧にはMezzoの発行元による署名がないため、使用しませんでした。Mezzoに付属の一覧が引き続き使われます。</translation>
    </message>
    <message>
        <source>This model cannot fill in code between the lines in the way chosen in Settings. Set the prompt format back to automatic.</source>
        <translation>このモデルは、設定で選んだ方法では行と行の間のコードを補完できません。プロンプト形式を自動に戻してください。</translation>
    </message>
    <message>
        <source>The setting {name} has a value Mezzo cannot use. Change or remove it.</source>
        <translation>設定「{name}」の値はMezzoでは使えません。変更するか、削除してください。</translation>
    </message>
    <message>
        <source>it is not a model file</source>
        <translation>モデルファイルではありません</translation>
    </message>
    <message>
        <source>it needs about {needed} of memory and only {free} is free</source>
        <translation>約{needed}のメモリが必要ですが、空きは{free}しかありません</translation>
    </message>
    <message>
        <source>its file is missing</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>the file is damaged, or made for a newer version of Mezzo</source>
        <translation>ファイルが破損しているか、より新しいバージョンのMezzo向けです</translation>
    </message>
    <message>
        <source>it cannot fill in code in the way chosen in Settings</source>
        <translation>設定で選んだ方法ではコードを補完できません</translation>
    </message>
    <message>
        <source>Mezzo could not start it</source>
        <translation>Mezzoが起動できませんでした</translation>
    </message>
    <message>
        <source>There is not enough free disk space: this needs {needed} and {free} is free. Free some space, or pick a smaller model.</source>
        <translation>ディスクの空き容量が足りません。{needed}が必要ですが、空きは{free}です。空き容量を増やすか、より小さいモデルを選んでください。</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space, then press Resume: the download goes on where it stopped.</source>
        <translation>ダウンロード中にディスクがいっぱいになりました。空き容量を増やしてから「再開」を押してください。止まったところからダウンロードを続けます。</translation>
    </message>
    <message>
        <source>The adapter “{adapter}” does not fit the model “{base}”: {why}. Pick the model it was trained for beside “Add an adapter file…” and add it again.</source>
        <translation>アダプター「{adapter}」はモデル「{base}」に合いません: {why}。「アダプターファイルを追加…」の横で学習対象のモデルを選び、もう一度追加してください。</translation>
    </message>
    <message>
        <source>“{folder}” is not a folder on this computer (it may have been moved or deleted). Pick the project folder again.</source>
        <translation>「{folder}」はこのコンピューター上のフォルダーではありません（移動または削除された可能性があります）。プロジェクトフォルダーを選び直してください。</translation>
    </message>
    <message>
        <source>No adapter named “{name}” is installed. Add it on the Adapters page.</source>
        <translation>「{name}」という名前のアダプターはインストールされていません。アダプター画面で追加してください。</translation>
    </message>
    <message>
        <source>llama.cpp could not use the adapter “{name}” with this model, so completions run without it. Remove the adapter and add it again.</source>
        <translation>llama.cppがこのモデルでアダプター「{name}」を使えなかったため、アダプターなしで補完しています。アダプターを削除してから、もう一度追加してください。</translation>
    </message>
    <message>
        <source>This file is a whole model, not an adapter. Add it on the Models page instead.</source>
        <translation>このファイルはアダプターではなく、モデル全体です。モデル画面で追加してください。</translation>
    </message>
    <message>
        <source>{file} is not a LoRA adapter Mezzo can use (it is missing, damaged, or another kind of file). Pick the adapter&apos;s .gguf file.</source>
        <translation>{file}はMezzoで使えるLoRAアダプターではありません（見つからない、破損している、または別の種類のファイルです）。アダプターの.ggufファイルを選んでください。</translation>
    </message>
    <message>
        <source>“{name}” is still used by: {repos}. Remove those mappings first.</source>
        <translation>「{name}」はまだ次で使われています: {repos}。先にそれらの割り当てを解除してください。</translation>
    </message>
    <message>
        <source>Mezzo needs an installed model to check the adapter against. Pick or download a model on the Models page first.</source>
        <translation>アダプターを確認するには、インストール済みのモデルが必要です。先にモデル画面でモデルを選ぶか、ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Roblox Studio is not installed on this computer. Install it from roblox.com and open it once, then install the plugin.</source>
        <translation>このコンピューターには Roblox Studio がインストールされていません。roblox.com からインストールして一度起動してから、プラグインをインストールしてください。</translation>
    </message>
    <message>
        <source>Mezzo is not allowed to save the plugin in Roblox Studio&apos;s plugins folder. Close Roblox Studio and try again; if it still fails, the folder may be read-only, or managed by your school or workplace.</source>
        <translation>Mezzo には Roblox Studio のプラグインフォルダーにプラグインを保存する権限がありません。Roblox Studio を閉じてからもう一度お試しください。それでも失敗する場合は、フォルダーが読み取り専用か、学校や職場で管理されている可能性があります。</translation>
    </message>
    <message>
        <source>The disk is full, so the Studio plugin could not be saved. Free some space, then try again.</source>
        <translation>ディスクがいっぱいのため、Studio プラグインを保存できませんでした。空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Mezzo could not read or write its files. Check that your home folder has free space and is writable, then try again.</source>
        <translation>Mezzoが自身のファイルを読み書きできませんでした。ホームフォルダーに空き容量があり、書き込みできることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Something went wrong with a model download or install. Look at the model on the Models page and try again; the details are in Mezzo&apos;s log: {log}</source>
        <translation>モデルのダウンロードまたはインストールで問題が発生しました。モデル画面でそのモデルを確認して、もう一度お試しください。詳しくはMezzoのログをご覧ください: {log}</translation>
    </message>
    <message>
        <source>Something went wrong with an adapter. Look at it on the Adapters page and try again; the details are in Mezzo&apos;s log: {log}</source>
        <translation>アダプターで問題が発生しました。アダプター画面で確認して、もう一度お試しください。詳しくはMezzoのログをご覧ください: {log}</translation>
    </message>
    <message>
        <source>Something went wrong that Mezzo has no explanation for. Try again; if it keeps happening, quit Mezzo and start it again. The details are in Mezzo&apos;s log: {log}</source>
        <translation>原因のわからない問題が発生しました。もう一度お試しください。繰り返し起こる場合は、Mezzoを終了して起動し直してください。詳しくはMezzoのログをご覧ください: {log}</translation>
    </message>
    <message>
        <source>{name} in Mezzo&apos;s logs folder</source>
        <translation>Mezzoのログフォルダー内の{name}</translation>
    </message>
</context>
<context>
    <name>MezzoApp</name>
    <message>
        <source>Mezzo is still running</source>
        <translation>Mezzoは実行中です</translation>
    </message>
    <message>
        <source>Completions keep working. Mezzo&apos;s menu is in the system tray.</source>
        <translation>補完は引き続き使えます。Mezzoのメニューはシステムトレイにあります。</translation>
    </message>
</context>
<context>
    <name>ModelChoices</name>
    <message>
        <source>Choose the model</source>
        <translation>モデルを選択</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>モデル: {model}</translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation>モデルがまだありません</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>Licence: {name}. {summary}</source>
        <translation>ライセンス: {name}。{summary}</translation>
    </message>
    <message>
        <source>Starter model: its suggestions are weak. It is only here so that Mezzo works offline straight away.</source>
        <translation>スターターモデル: 候補の質は高くありません。Mezzoをすぐにオフラインで使えるように用意されたものです。</translation>
    </message>
    <message>
        <source>Smaller and faster</source>
        <translation>小さく高速</translation>
    </message>
    <message>
        <source>Closer to the original</source>
        <translation>元のモデルに近い</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>中間</translation>
    </message>
    <message>
        <source>{kind} ({quantization}, {size})</source>
        <translation>{kind}（{quantization}、{size}）</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>約{size}</translation>
    </message>
    <message>
        <source>Some models come in two sizes. The smaller one is compressed more: it downloads sooner, needs less memory and answers a little faster. The larger one is closer to the original model, so its suggestions are slightly better.</source>
        <translation>一部のモデルには2つのサイズがあります。小さい方は強めに圧縮されているため、ダウンロードが早く、必要なメモリが少なく、応答も少し速くなります。大きい方は元のモデルに近いため、候補の質が少し上がります。</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>Welcome to Mezzo</source>
        <translation>Mezzoへようこそ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>前のページに戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Mezzo suggests the next bit of code while you type, in Roblox Studio, VS Code and other editors. It runs a small AI model on this computer, so your code never leaves it.</source>
        <translation>Mezzoは、Roblox StudioやVS Codeなどのエディターで、入力中に続きのコードを提案します。小さなAIモデルをこのコンピューター上で動かすため、コードが外部に送られることはありません。</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>モデルの選択</translation>
    </message>
    <message>
        <source>Download the suggested model</source>
        <translation>おすすめのモデルをダウンロード</translation>
    </message>
    <message>
        <source>Use the starter for now</source>
        <translation>ひとまずスターターを使う</translation>
    </message>
    <message>
        <source>Use the starter model, which is already on this computer, for now</source>
        <translation>このコンピューターにすでにあるスターターモデルを、ひとまず使います</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>それでもダウンロード</translation>
    </message>
    <message>
        <source>Download anyway, on battery power</source>
        <translation>バッテリー駆動のままダウンロード</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>This computer has {ram} of memory and {disk} free.</source>
        <translation>このコンピューターのメモリは{ram}、ディスクの空きは{disk}です。</translation>
    </message>
    <message>
        <source>Suggested for this computer: about {size} to download, uses about {ram} of memory while it runs.</source>
        <translation>このコンピューターへのおすすめ: ダウンロードは約{size}、実行中のメモリ使用量は約{ram}です。</translation>
    </message>
    <message>
        <source>{name} would also fit and writes better code, but its licence is narrower. {summary} You can still choose it on the Models page.</source>
        <translation>{name}もこのコンピューターで使え、より良いコードを書きますが、ライセンスの条件が厳しくなります。{summary}モデル画面で選ぶこともできます。</translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}: {done} / {total}</translation>
    </message>
    <message>
        <source>No model fits</source>
        <translation>合うモデルがありません</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>ディスクの空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The bigger models do not fit this computer, so Mezzo starts with its starter model. It is already here, so there is nothing to download.</source>
        <translation>大きいモデルはこのコンピューターに合わないため、Mezzoはスターターモデルで始めます。すでに入っているので、ダウンロードは不要です。</translation>
    </message>
    <message>
        <source>Connect your editor</source>
        <translation>エディターを接続</translation>
    </message>
    <message>
        <source>Keep Mezzo running (it sits in the system tray) and point your editor at it. The Home page shows this again whenever you need it.</source>
        <translation>Mezzoは起動したままにして（システムトレイに常駐します）、エディターの接続先をMezzoに設定してください。この内容はホーム画面でいつでも確認できます。</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>{name}を使う</translation>
    </message>
    <message>
        <source>Download it now</source>
        <translation>今すぐダウンロード</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Checking the download</source>
        <translation>ダウンロードを確認中</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>インストール中</translation>
    </message>
    <message>
        <source>{name} is ready. Mezzo is loading it now.</source>
        <translation>{name}の準備ができました。Mezzoが読み込んでいます。</translation>
    </message>
    <message>
        <source>Download stopped. You can start it again from Models at any time.</source>
        <translation>ダウンロードを中止しました。モデル画面からいつでも再開できます。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Adapters</source>
        <translation>アダプター</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>使用状況の統計</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The {title} page is not available in this version of Mezzo. Completions keep working; reinstalling Mezzo brings the page back.</source>
        <translation>このバージョンのMezzoでは「{title}」画面を利用できません。補完は引き続き使えます。Mezzoを再インストールすると、この画面が戻ります。</translation>
    </message>
    <message>
        <source>{title} not available</source>
        <translation>「{title}」は利用できません</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation>使用状況の統計</translation>
    </message>
</context>
<context>
    <name>QtAdapterRow</name>
    <message>
        <source>any language</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>Version {version} · for {base} · {languages}</source>
        <translation>バージョン {version} · {base}用 · {languages}</translation>
    </message>
    <message>
        <source>LoRA rank {rank}, default strength {scale:g}</source>
        <translation>LoRAランク {rank}、既定の強度 {scale:g}</translation>
    </message>
    <message>
        <source>Fits the model in use</source>
        <translation>使用中のモデルに対応</translation>
    </message>
    <message>
        <source>● Fits the model in use</source>
        <translation>● 使用中のモデルに対応</translation>
    </message>
    <message>
        <source>No model is in use yet, so it is not used.</source>
        <translation>まだ使用中のモデルがないため、使われていません。</translation>
    </message>
    <message>
        <source>Not used with the model in use: it was made for “{base}”, and Mezzo is running “{active}”. Switch to that model on the Models page to use it.</source>
        <translation>使用中のモデルでは使われません: このアダプターは「{base}」用ですが、Mezzoは「{active}」を実行しています。使うには、モデル画面でそのモデルに切り替えてください。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove adapter {ref}</source>
        <translation>アダプター{ref}を削除</translation>
    </message>
</context>
<context>
    <name>QtAdaptersPanel</name>
    <message>
        <source>Adapters</source>
        <translation>アダプター</translation>
    </message>
    <message>
        <source>An adapter is a small add-on that tunes the model to one project or language, such as your Roblox game. Mezzo picks it from the project you are editing.</source>
        <translation>アダプターは、モデルを特定のプロジェクトや言語（たとえばあなたのRobloxゲーム）向けに調整する小さな追加機能です。Mezzoは編集中のプロジェクトに合わせてアダプターを選びます。</translation>
    </message>
    <message>
        <source>Adapters notice</source>
        <translation>アダプターに関するお知らせ</translation>
    </message>
    <message>
        <source>Installed adapters</source>
        <translation>インストール済みのアダプター</translation>
    </message>
    <message>
        <source>Why the adapter was not added</source>
        <translation>アダプターを追加できなかった理由</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Adapters page</source>
        <translation>アダプター画面</translation>
    </message>
    <message>
        <source>Add an adapter file…</source>
        <translation>アダプターファイルを追加…</translation>
    </message>
    <message>
        <source>Add an adapter file</source>
        <translation>アダプターファイルを追加</translation>
    </message>
    <message>
        <source>Model the adapter was trained for</source>
        <translation>アダプターの学習対象のモデル</translation>
    </message>
    <message>
        <source>for the model</source>
        <translation>対象モデル:</translation>
    </message>
    <message>
        <source>Adapter to map</source>
        <translation>割り当てるアダプター</translation>
    </message>
    <message>
        <source>Adapter strength (scale)</source>
        <translation>アダプターの強度（scale）</translation>
    </message>
    <message>
        <source>How strongly the adapter changes the model: 1 is as trained, less is milder.</source>
        <translation>アダプターがモデルをどれだけ強く変えるかです。1で学習したとおり、それより小さいと控えめになります。</translation>
    </message>
    <message>
        <source>Map a project folder…</source>
        <translation>プロジェクトフォルダーを割り当て…</translation>
    </message>
    <message>
        <source>Map a project folder to this adapter</source>
        <translation>このアダプターにプロジェクトフォルダーを割り当て</translation>
    </message>
    <message>
        <source>Add a project: use</source>
        <translation>プロジェクトを追加: アダプター</translation>
    </message>
    <message>
        <source>at strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>Adapter for every other project</source>
        <translation>ほかのすべてのプロジェクト用のアダプター</translation>
    </message>
    <message>
        <source>Every other project uses</source>
        <translation>ほかのすべてのプロジェクト:</translation>
    </message>
    <message>
        <source>No adapters yet. Add one with “Add an adapter file…” below.</source>
        <translation>まだアダプターはありません。下の「アダプターファイルを追加…」で追加してください。</translation>
    </message>
    <message>
        <source>No projects mapped to an adapter yet.</source>
        <translation>アダプターに割り当てたプロジェクトはまだありません。</translation>
    </message>
    <message>
        <source>No adapter</source>
        <translation>アダプターなし</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>{name}を追加しています…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name}を追加しました。</translation>
    </message>
    <message>
        <source>Remove the adapter {ref}?</source>
        <translation>アダプター{ref}を削除しますか？</translation>
    </message>
    <message>
        <source>Remove adapter</source>
        <translation>アダプターを削除</translation>
    </message>
    <message>
        <source>Choose the project folder for {name}</source>
        <translation>{name}のプロジェクトフォルダーを選択</translation>
    </message>
    <message>
        <source>“{project}” now uses {target}.</source>
        <translation>「{project}」の設定を{target}にしました。</translation>
    </message>
</context>
<context>
    <name>QtBarChart</name>
    <message>
        <source>No data yet.</source>
        <translation>まだデータがありません。</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>まだデータがありません</translation>
    </message>
</context>
<context>
    <name>QtCurrentProject</name>
    <message>
        <source>Current project</source>
        <translation>現在のプロジェクト</translation>
    </message>
    <message>
        <source>llama.vscode and the Roblox Studio plugin do not tell Mezzo which file you are in. Pick the project you are working on, and they get its adapter.</source>
        <translation>llama.vscodeとRoblox Studioプラグインは、編集中のファイルをMezzoに伝えません。作業中のプロジェクトを選ぶと、そのアダプターが使われます。</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>プロジェクトフォルダー</translation>
    </message>
    <message>
        <source>Git remote of the current project</source>
        <translation>現在のプロジェクトのgitリモート</translation>
    </message>
    <message>
        <source>Adapter for the current project</source>
        <translation>現在のプロジェクトのアダプター</translation>
    </message>
    <message>
        <source>Choose project folder…</source>
        <translation>プロジェクトフォルダーを選択…</translation>
    </message>
    <message>
        <source>Choose the current project folder</source>
        <translation>現在のプロジェクトフォルダーを選択</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear the current project</source>
        <translation>現在のプロジェクトをクリア</translation>
    </message>
    <message>
        <source>No project picked</source>
        <translation>プロジェクト未選択</translation>
    </message>
    <message>
        <source>Those editors get what “Every other project” is set to below.</source>
        <translation>これらのエディターには、下の「ほかのすべてのプロジェクト」の設定が使われます。</translation>
    </message>
    <message>
        <source>No adapter is used there: {why}.</source>
        <translation>このプロジェクトではアダプターは使われません: {why}。</translation>
    </message>
    <message>
        <source>Completions there use the adapter {adapter} at strength {scale}.</source>
        <translation>このプロジェクトの補完では、アダプター{adapter}を強度 {scale}で使います。</translation>
    </message>
    <message>
        <source>Completions there use the model alone, with no adapter.</source>
        <translation>このプロジェクトの補完では、アダプターを使わずモデルのみを使います。</translation>
    </message>
    <message>
        <source>Choose the project you are working on</source>
        <translation>作業中のプロジェクトを選択</translation>
    </message>
</context>
<context>
    <name>QtDownloadRow</name>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>ダウンロードの状態</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>ダウンロードを一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>ダウンロードを再開</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel download and delete it</source>
        <translation>ダウンロードをキャンセルして削除</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>それでもダウンロード</translation>
    </message>
    <message>
        <source>Download anyway, on battery power</source>
        <translation>バッテリー駆動のままダウンロード</translation>
    </message>
    <message>
        <source>Downloads this model now, on battery. Your settings stay as they are.</source>
        <translation>このモデルを今すぐ、バッテリー駆動のままダウンロードします。設定は変わりません。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>一時停止しています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Checking the download… {pct}</source>
        <translation>ダウンロードを確認しています… {pct}</translation>
    </message>
    <message>
        <source>Installing… {pct}</source>
        <translation>インストールしています… {pct}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>{done} / {total}で一時停止中</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>{done} / {total}で停止</translation>
    </message>
</context>
<context>
    <name>QtGauge</name>
    <message>
        <source>No data yet.</source>
        <translation>まだデータがありません。</translation>
    </message>
</context>
<context>
    <name>QtLineChart</name>
    <message>
        <source>No data yet.</source>
        <translation>まだデータがありません。</translation>
    </message>
    <message>
        <source>{name}: latest {last}, from {low} to {high}</source>
        <translation>{name}: 最新 {last}、範囲 {low}～{high}</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>まだデータがありません</translation>
    </message>
</context>
<context>
    <name>QtMappingRow</name>
    <message>
        <source>Mapping status</source>
        <translation>割り当ての状態</translation>
    </message>
    <message>
        <source>Not applied: {why}.</source>
        <translation>適用されていません: {why}。</translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation>割り当て解除</translation>
    </message>
    <message>
        <source>Stop using an adapter for {project}</source>
        <translation>{project}でのアダプターの使用をやめる</translation>
    </message>
</context>
<context>
    <name>QtModelCard</name>
    <message>
        <source>Kind of model</source>
        <translation>モデルの種類</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>What the licence allows</source>
        <translation>ライセンスで許可されていること</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>このコンピューターで動くか</translation>
    </message>
    <message>
        <source>Download problem</source>
        <translation>ダウンロードの問題</translation>
    </message>
    <message>
        <source>{size} · on this computer</source>
        <translation>{size} · ダウンロード済み</translation>
    </message>
    <message>
        <source>Size: {choice}</source>
        <translation>サイズ: {choice}</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>{name}をダウンロード</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>スターター</translation>
    </message>
    <message>
        <source>Suggested for this computer</source>
        <translation>このコンピューターにおすすめ</translation>
    </message>
    <message>
        <source>Update to version {v}</source>
        <translation>バージョン {v}に更新</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>ダウンロード（{size}）</translation>
    </message>
    <message>
        <source>{size} on disk</source>
        <translation>ディスク使用量 {size}</translation>
    </message>
    <message>
        <source>needs {ram} of memory</source>
        <translation>必要なメモリ {ram}</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>パラメーター数 {n}</translation>
    </message>
    <message>
        <source>quantization {q}</source>
        <translation>量子化 {q}</translation>
    </message>
    <message>
        <source>Runs well on this computer.</source>
        <translation>このコンピューターで快適に動きます。</translation>
    </message>
    <message>
        <source>Tight on this computer: close other programs while you code.</source>
        <translation>このコンピューターではぎりぎりです。コードを書くときは、ほかのプログラムを閉じてください。</translation>
    </message>
    <message>
        <source>Too big for this computer: it needs {need} of memory and this one has {total}.</source>
        <translation>このコンピューターには大きすぎます: {need}のメモリが必要ですが、このコンピューターには{total}しかありません。</translation>
    </message>
    <message>
        <source>How much memory it needs is not known.</source>
        <translation>必要なメモリ量はわかりません。</translation>
    </message>
</context>
<context>
    <name>QtModelList</name>
    <message>
        <source>On this computer</source>
        <translation>このコンピューター上のモデル</translation>
    </message>
    <message>
        <source>Available to download</source>
        <translation>ダウンロードできるモデル</translation>
    </message>
</context>
<context>
    <name>QtModelsPanel</name>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>使用中のモデル</translation>
    </message>
    <message>
        <source>Go back to the previous model</source>
        <translation>前のモデルに戻す</translation>
    </message>
    <message>
        <source>Check files</source>
        <translation>ファイルを検査</translation>
    </message>
    <message>
        <source>Check the model files for damage</source>
        <translation>モデルファイルの破損を検査</translation>
    </message>
    <message>
        <source>Add a model file…</source>
        <translation>モデルファイルを追加…</translation>
    </message>
    <message>
        <source>Add a model file from this computer</source>
        <translation>このコンピューターからモデルファイルを追加</translation>
    </message>
    <message>
        <source>This computer has {total} of memory.</source>
        <translation>このコンピューターのメモリは{total}です。</translation>
    </message>
    <message>
        <source>Models notice</source>
        <translation>モデルに関するお知らせ</translation>
    </message>
    <message>
        <source>Models list</source>
        <translation>モデル一覧</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <source>In use: {name} — loading…</source>
        <translation>使用中: {name} — 読み込み中…</translation>
    </message>
    <message>
        <source>In use: {name} — it could not start. {why}</source>
        <translation>使用中: {name} — 起動できませんでした。{why}</translation>
    </message>
    <message>
        <source>In use: {name} — ready</source>
        <translation>使用中: {name} — 準備完了</translation>
    </message>
    <message>
        <source>In use: {name}</source>
        <translation>使用中: {name}</translation>
    </message>
    <message>
        <source>the new model</source>
        <translation>新しいモデル</translation>
    </message>
    <message>
        <source>Remove {ref} from this computer? You can download it again later.</source>
        <translation>{ref}をこのコンピューターから削除しますか？後でもう一度ダウンロードできます。</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name}を削除しました。</translation>
    </message>
    <message>
        <source>Checking model files…</source>
        <translation>モデルファイルを検査しています…</translation>
    </message>
    <message>
        <source>Checking {name}… {pct}</source>
        <translation>{name}を検査しています… {pct}</translation>
    </message>
    <message>
        <source>Damaged: {refs}. Download them again to repair them.</source>
        <translation>破損: {refs}。修復するには、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>All model files are intact.</source>
        <translation>すべてのモデルファイルに問題はありません。</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>{name}を追加しています…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name}を追加しました。</translation>
    </message>
</context>
<context>
    <name>QtRepoContext</name>
    <message>
        <source>Repository context</source>
        <translation>リポジトリのコンテキスト</translation>
    </message>
    <message>
        <source>Mezzo reads your project’s code on this computer so that suggestions can use your own functions; nothing leaves this computer.</source>
        <translation>Mezzoはこのコンピューター上でプロジェクトのコードを読み取り、候補にあなた自身の関数が使われるようにします。データがこのコンピューターの外に出ることはありません。</translation>
    </message>
    <message>
        <source>Repository context is turned off for every project in Settings, under “Code intelligence”, so suggestions do not use it now.</source>
        <translation>設定の「コード解析」で、すべてのプロジェクトのリポジトリのコンテキストがオフになっているため、現在は候補に使われていません。</translation>
    </message>
    <message>
        <source>Repository context is off</source>
        <translation>リポジトリのコンテキストはオフです</translation>
    </message>
    <message>
        <source>No projects yet. Pick a current project above, or map a project folder below, and Mezzo reads its code.</source>
        <translation>まだプロジェクトはありません。上で現在のプロジェクトを選ぶか、下でプロジェクトフォルダーを割り当てると、Mezzoがそのコードを読み取ります。</translation>
    </message>
    <message>
        <source>Forget what Mezzo stored about {name}? Your files are not touched, and Mezzo reads the project again the next time you work in it.</source>
        <translation>Mezzoが{name}について保存した情報を削除しますか？あなたのファイルは変更されません。次にそのプロジェクトで作業するとき、Mezzoがもう一度読み取ります。</translation>
    </message>
    <message>
        <source>Forget repository</source>
        <translation>リポジトリの情報を削除</translation>
    </message>
</context>
<context>
    <name>QtRepoContextRow</name>
    <message>
        <source>Repository {name}</source>
        <translation>リポジトリ {name}</translation>
    </message>
    <message>
        <source>Index of {name}</source>
        <translation>{name}のインデックス</translation>
    </message>
    <message>
        <source>Use repository context</source>
        <translation>リポジトリのコンテキストを使う</translation>
    </message>
    <message>
        <source>Use repository context for {name}</source>
        <translation>{name}でリポジトリのコンテキストを使う</translation>
    </message>
    <message>
        <source>Off: suggestions in this project use only the file you are in.</source>
        <translation>オフ: このプロジェクトの候補には、編集中のファイルだけが使われます。</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Re-index {name}</source>
        <translation>{name}を再読み込み</translation>
    </message>
    <message>
        <source>Read every file of this project again.</source>
        <translation>このプロジェクトのすべてのファイルを読み直します。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Forget the index of {name}</source>
        <translation>{name}のインデックスを削除</translation>
    </message>
    <message>
        <source>Delete what Mezzo stored about this project. Your files are not touched.</source>
        <translation>Mezzoがこのプロジェクトについて保存した情報を削除します。あなたのファイルは変更されません。</translation>
    </message>
    <message>
        <source>{n} functions, types and values found</source>
        <translation>関数・型・値を{n}個検出</translation>
    </message>
</context>
<context>
    <name>QtRepoEvaluation</name>
    <message>
        <source>Last check of the adapter</source>
        <translation>アダプターの前回の検査結果</translation>
    </message>
    <message>
        <source>The base model and the adapter, at the adapter&apos;s own strength, complete the same code from this project&apos;s held-out files (up to {rows} places), files Mezzo keeps out of any training set it builds.</source>
        <translation>ベースモデルと、アダプター本来の強度で適用したアダプターの両方で、このプロジェクトの検証用ファイル（最大{rows}か所）の同じコードを補完します。検証用ファイルは、Mezzoが作成する学習データから除外しているファイルです。</translation>
    </message>
    <message>
        <source>The adapter makes this project worse</source>
        <translation>このプロジェクトではアダプターが逆効果です</translation>
    </message>
    <message>
        <source>● Helps this project</source>
        <translation>● このプロジェクトに効果あり</translation>
    </message>
    <message>
        <source>The adapter helps this project</source>
        <translation>このプロジェクトではアダプターに効果があります</translation>
    </message>
    <message>
        <source>Why the check failed</source>
        <translation>検査に失敗した理由</translation>
    </message>
    <message>
        <source>Check {adapter} on this project</source>
        <translation>このプロジェクトで{adapter}を検査</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>検査の進行状況</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>検査の状態</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>検査をキャンセル</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再検査</translation>
    </message>
    <message>
        <source>Check this adapter</source>
        <translation>このアダプターを検査</translation>
    </message>
    <message>
        <source>Makes this project worse: with {name}, its completions were right less often than with the model alone.</source>
        <translation>このプロジェクトでは逆効果: {name}を使うと、モデルのみの場合より補完が正しかった割合が下がりました。</translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation>検査に失敗しました: {why}</translation>
    </message>
    <message>
        <source>Stopping after the row in hand…</source>
        <translation>処理中の項目が終わったら停止します…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Without the adapter: {done} of {total} rows</source>
        <translation>アダプターなし: {done} / {total}件</translation>
    </message>
    <message>
        <source>With {name}: {done} of {total} rows</source>
        <translation>{name}あり: {done} / {total}件</translation>
    </message>
</context>
<context>
    <name>QtSuggestion</name>
    <message>
        <source>Suggested model</source>
        <translation>おすすめのモデル</translation>
    </message>
    <message>
        <source>{name} suits this computer and is already here.</source>
        <translation>{name}はこのコンピューターに合っていて、すでにインストールされています。</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>使う</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>{name}を使う</translation>
    </message>
    <message>
        <source>{name} is downloading: see its card below.</source>
        <translation>{name}をダウンロード中です。下のカードをご覧ください。</translation>
    </message>
    <message>
        <source>For real suggestions, get {name}: it suits this computer.</source>
        <translation>本格的な候補を使うには、{name}を入手してください。このコンピューターに合っています。</translation>
    </message>
    <message>
        <source>Download it ({size})</source>
        <translation>ダウンロード（{size}）</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>{name}をダウンロード</translation>
    </message>
</context>
<context>
    <name>QtTelemetryPanel</name>
    <message>
        <source>Usage statistics</source>
        <translation>使用状況の統計</translation>
    </message>
    <message>
        <source>These statistics stay on this computer. Mezzo never sends them anywhere.</source>
        <translation>これらの統計はこのコンピューター内にとどまります。Mezzoがどこかに送信することはありません。</translation>
    </message>
    <message>
        <source>Last {n} days</source>
        <translation>過去{n}日間</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>統計を更新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVにエクスポート…</translation>
    </message>
    <message>
        <source>Export the statistics as a CSV file</source>
        <translation>統計をCSVファイルにエクスポート</translation>
    </message>
    <message>
        <source>Keep usage statistics on this computer</source>
        <translation>使用状況の統計をこのコンピューターに記録</translation>
    </message>
    <message>
        <source>Usage statistics notice</source>
        <translation>使用状況の統計に関するお知らせ</translation>
    </message>
    <message>
        <source>No completions yet. Connect your editor to Mezzo (see the Home page) and start typing: how often you keep a suggestion, and how fast they come, appear here.</source>
        <translation>まだ補完はありません。エディターをMezzoに接続して（ホーム画面を参照）入力を始めると、候補を採用した割合や表示までの速さがここに表示されます。</translation>
    </message>
    <message>
        <source>No statistics yet</source>
        <translation>まだ統計はありません</translation>
    </message>
    <message>
        <source>of suggestions kept</source>
        <translation>候補の採用率</translation>
    </message>
    <message>
        <source>completions</source>
        <translation>補完数</translation>
    </message>
    <message>
        <source>typical wait (p50)</source>
        <translation>標準的な待ち時間（p50）</translation>
    </message>
    <message>
        <source>slowest 5% wait (p95)</source>
        <translation>最も遅い5%の待ち時間（p95）</translation>
    </message>
    <message>
        <source>of the prompt reused from cache</source>
        <translation>キャッシュから再利用したプロンプトの割合</translation>
    </message>
    <message>
        <source>Cache reuse</source>
        <translation>キャッシュの再利用</translation>
    </message>
    <message>
        <source>Suggestions kept, per day</source>
        <translation>採用された候補（日別）</translation>
    </message>
    <message>
        <source>Wait for a suggestion, per day</source>
        <translation>候補の待ち時間（日別）</translation>
    </message>
    <message>
        <source>Kept, by language</source>
        <translation>採用（言語別）</translation>
    </message>
    <message>
        <source>Kept, by model</source>
        <translation>採用（モデル別）</translation>
    </message>
    <message>
        <source>Kept, by adapter</source>
        <translation>採用（アダプター別）</translation>
    </message>
    <message>
        <source>Kept, by the model&apos;s confidence</source>
        <translation>採用（モデルの信頼度別）</translation>
    </message>
    <message>
        <source>No confidence measured yet</source>
        <translation>まだ信頼度の測定値はありません</translation>
    </message>
    <message>
        <source>suggestions hidden</source>
        <translation>非表示になった候補</translation>
    </message>
    <message>
        <source>Why they were hidden</source>
        <translation>非表示になった理由</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Saved {n} completions to {path}.</source>
        <translation>{n}件の補完を{path}に保存しました。</translation>
    </message>
    <message>
        <source>Mezzo keeps timings, sizes, whether you kept each suggestion and why any was hidden. Your code is never recorded.</source>
        <translation>Mezzoが記録するのは、所要時間、サイズ、各候補を採用したかどうか、非表示にした理由です。コードが記録されることはありません。</translation>
    </message>
    <message>
        <source>Off: Mezzo records nothing while this is off. Your code is never recorded, either way. Statistics already kept are shown below.</source>
        <translation>オフ: オフの間、Mezzoは何も記録しません。どちらの場合も、コードが記録されることはありません。すでに記録された統計は下に表示されます。</translation>
    </message>
</context>
<context>
    <name>QtVersionRow</name>
    <message>
        <source>Version {version} · {size}</source>
        <translation>バージョン {version} · {size}</translation>
    </message>
    <message>
        <source>● In use</source>
        <translation>● 使用中</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>File check</source>
        <translation>ファイルの検査</translation>
    </message>
    <message>
        <source>Files OK</source>
        <translation>ファイルは正常</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Damaged: remove it</source>
        <translation>破損: 削除してください</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>Download version {v} again to repair it</source>
        <translation>バージョン {v}をもう一度ダウンロードして修復</translation>
    </message>
    <message>
        <source>Use this one</source>
        <translation>これを使う</translation>
    </message>
    <message>
        <source>Use version {v}</source>
        <translation>バージョン {v}を使う</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove version {v}</source>
        <translation>バージョン {v}を削除</translation>
    </message>
    <message>
        <source>Switch to another model before removing this one.</source>
        <translation>このモデルを削除する前に、別のモデルに切り替えてください。</translation>
    </message>
</context>
<context>
    <name>ServerControl</name>
    <message>
        <source>Mezzo could not start its server. Quit Mezzo and start it again; if this keeps happening, restart your computer.</source>
        <translation>Mezzoのサーバーを起動できませんでした。Mezzoを終了して、もう一度起動してください。繰り返し起こる場合は、コンピューターを再起動してください。</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Show suggestions in my editors</source>
        <translation>エディターに候補を表示</translation>
    </message>
    <message>
        <source>Start Mezzo when I log in</source>
        <translation>ログイン時にMezzoを起動</translation>
    </message>
    <message>
        <source>Keep usage statistics on this computer</source>
        <translation>使用状況の統計をこのコンピューターに記録</translation>
    </message>
    <message>
        <source>Keep usage statistics for</source>
        <translation>使用状況の統計の保存期間</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>On battery</source>
        <translation>バッテリー駆動時</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Code intelligence</source>
        <translation>コード解析</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation>使用状況の統計</translation>
    </message>
    <message>
        <source>Mezzo counts the suggestions you keep and dismiss, to show how well it helps you. The statistics stay on this computer.</source>
        <translation>Mezzoは、採用した候補と却下した候補の数を記録して、どれだけ役立っているかを示します。統計はこのコンピューター内にとどまります。</translation>
    </message>
    <message>
        <source>Keep usage statistics for:</source>
        <translation>統計の保存期間:</translation>
    </message>
    <message>
        <source>For connecting other programs to Mezzo, and for exact numbers.</source>
        <translation>ほかのプログラムをMezzoに接続するときや、数値を細かく指定するときの設定です。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Confidence threshold:</source>
        <translation>信頼度のしきい値:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>Hugging Faceアカウント</translation>
    </message>
</context>
<context>
    <name>SnippetView</name>
    <message>
        <source>{title}: text to paste</source>
        <translation>{title}: 貼り付けるテキスト</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the {title} setting</source>
        <translation>{title}の設定をコピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>StudioPluginInstaller</name>
    <message>
        <source>Install the Studio plugin</source>
        <translation>Studio プラグインをインストール</translation>
    </message>
    <message>
        <source>Installed. Restart Roblox Studio, open a script, and allow the plugin to make HTTP requests when Studio asks.</source>
        <translation>インストールしました。Roblox Studio を再起動してスクリプトを開き、Studio に確認されたらプラグインの HTTP リクエストを許可してください。</translation>
    </message>
    <message>
        <source>Roblox Studio runs on Windows and macOS. To use the plugin, run Mezzo on the same computer as Studio.</source>
        <translation>Roblox Studio は Windows と macOS で動作します。プラグインを使うには、Studio と同じコンピューターで Mezzo を実行してください。</translation>
    </message>
    <message>
        <source>Mezzo puts its plugin into Roblox Studio&apos;s plugins folder.</source>
        <translation>Mezzo は Roblox Studio のプラグインフォルダーにプラグインを配置します。</translation>
    </message>
</context>
<context>
    <name>TelemetryView</name>
    <message>
        <source>Very low</source>
        <translation>非常に低い</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低い</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中程度</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高い</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>非常に高い</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Unsure (the model was guessing)</source>
        <translation>自信なし（モデルが推測していた）</translation>
    </message>
    <message>
        <source>Too short to be useful</source>
        <translation>短すぎて役に立たない</translation>
    </message>
    <message>
        <source>Suggestions were paused or switched off</source>
        <translation>候補が一時停止中またはオフだった</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>その他の理由</translation>
    </message>
    <message>
        <source>Repeated the code after the cursor</source>
        <translation>カーソル以降のコードの繰り返し</translation>
    </message>
    <message>
        <source>Repeated the next line</source>
        <translation>次の行の繰り返し</translation>
    </message>
    <message>
        <source>Held back to save battery</source>
        <translation>バッテリー節約のため保留</translation>
    </message>
    <message>
        <source>Replaced by a newer request as you typed</source>
        <translation>入力中に新しい要求で置き換え</translation>
    </message>
    <message>
        <source>{kept} of {shown} kept</source>
        <translation>{shown}件中{kept}件を採用</translation>
    </message>
    <message>
        <source>kept {kept} of {shown} suggestions shown</source>
        <translation>表示された{shown}件の候補のうち{kept}件を採用</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Typical (p50)</source>
        <translation>標準（p50）</translation>
    </message>
    <message>
        <source>Slowest 5% (p95)</source>
        <translation>最も遅い5%（p95）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>不明なモデル</translation>
    </message>
    <message>
        <source>No adapter</source>
        <translation>アダプターなし</translation>
    </message>
    <message>
        <source>out of {total} in this period ({share})</source>
        <translation>この期間の{total}件中（{share}）</translation>
    </message>
    <message>
        <source>Every suggestion was shown.</source>
        <translation>すべての候補が表示されました。</translation>
    </message>
    <message>
        <source>suggestion hidden</source>
        <translation>非表示になった候補</translation>
    </message>
    <message>
        <source>suggestions hidden</source>
        <translation>非表示になった候補</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>未測定</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Mezzo could not do that</source>
        <translation>Mezzoはその操作を実行できませんでした</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Mezzo menu</source>
        <translation>Mezzoのメニュー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Open Mezzo…</source>
        <translation>Mezzoを開く…</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>モデル…</translation>
    </message>
    <message>
        <source>Adapters…</source>
        <translation>アダプター…</translation>
    </message>
    <message>
        <source>Usage statistics…</source>
        <translation>使用状況の統計…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>ログフォルダーを開く</translation>
    </message>
    <message>
        <source>Quit Mezzo</source>
        <translation>Mezzoを終了</translation>
    </message>
    <message>
        <source>This computer has no program to show folders. The log is in {folder}.</source>
        <translation>このコンピューターにはフォルダーを表示するプログラムがありません。ログは{folder}にあります。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add an adapter file</source>
        <translation>アダプターファイルを追加</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>LoRAアダプター</translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation>モデルファイルを追加</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>GGUFモデル</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>統計をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
</context>
</TS>
