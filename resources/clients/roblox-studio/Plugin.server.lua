-- Mezzo for Roblox Studio: suggestions from the Mezzo app on this computer, in the script
-- editor's autocomplete menu.
--
-- How it fits together:
--   * After each edit (ScriptEditorService.TextDocumentDidChange) and a short pause, the plugin
--     asks Mezzo in a background thread for a completion at the cursor (Client, Context).
--   * Studio's autocomplete callback must not yield, so it never waits for Mezzo: it offers the
--     latest answer for that script if it still fits the text before the cursor (Suggestions).
--   * Studio has no "item accepted" callback; the accept is recognised from the edit it makes
--     (see Suggestions.lua) and reported to Mezzo's /v1/events. Nothing else is reported.
--   * Only the text around the cursor and the script's name in the place are sent, and only to
--     localhost.
--
-- Written in the part of Luau that Lua 5.1 also parses, so Mezzo's tests can check its syntax.

local HttpService = game:GetService("HttpService")
local RunService = game:GetService("RunService")

local Context = require(script.Context)
local Client = require(script.Client)
local Request = require(script.Request)
local Suggestions = require(script.Suggestions)

local CALLBACK_NAME = "Mezzo"
local CALLBACK_PRIORITY = 100 -- after Studio's own items, so they are all in the response
local DEBOUNCE_S = 0.3
local CHECK_EVERY_S = 30
local FALLBACK_PORTS = { Request.DEFAULTS.port, 8012 } -- Mezzo's Ollama port, then its main port

local SETTING_ENABLED = "MezzoEnabled"
local SETTING_PORT = "MezzoPort"
local SETTING_TOKEN = "MezzoToken"

-- A plugin also runs inside play-test sessions; completions only make sense while editing.
if RunService:IsRunning() then
	return
end

local ScriptEditorService = nil
do
	local ok, service = pcall(function()
		return game:GetService("ScriptEditorService")
	end)
	if ok then
		ScriptEditorService = service
	end
end

local function readSetting(name)
	local ok, value = pcall(function()
		return plugin:GetSetting(name)
	end)
	if ok then
		return value
	end
	return nil
end

local function saveSetting(name, value)
	pcall(function()
		plugin:SetSetting(name, value)
	end)
end

local state = {
	enabled = readSetting(SETTING_ENABLED) ~= false, -- on unless turned off
	reachable = false,
	message = "Checking whether Mezzo is running…",
	lastShown = nil,
	edits = 0,
	inFlight = false,
	queued = nil,
}

local settings = {
	port = tonumber(readSetting(SETTING_PORT)) or Request.DEFAULTS.port,
	token = readSetting(SETTING_TOKEN),
}
local client = Client.new(HttpService, settings)
local suggestions = Suggestions.new()

local toolbar = plugin:CreateToolbar("Mezzo")
local button = toolbar:CreateButton(
	"Mezzo",
	"Mezzo completions: click to turn them on or off. What Mezzo is doing is shown in the Output.",
	"", -- no icon: Studio shows the button's text
	"Mezzo"
)
button.ClickableWhenViewportHidden = true

-- Prints a state change once, not on every check.
local function tell(message, isProblem)
	if message == state.lastShown then
		return
	end
	state.lastShown = message
	if isProblem then
		warn("Mezzo: " .. message)
	else
		print("Mezzo: " .. message)
	end
end

-- The button shows whether completions are on; whether Mezzo answers goes to the Output, as
-- a toolbar button has no text that can change.
local function refreshButton()
	button:SetActive(state.enabled)
end

-- The API this plugin needs arrived in 2022; an older Studio gets a warning and a button that
-- says so instead of errors.
local available = ScriptEditorService ~= nil
	and pcall(function()
		return ScriptEditorService.RegisterAutocompleteCallback
	end)
	and pcall(function()
		return ScriptEditorService.TextDocumentDidChange
	end)

if not available then
	warn("Mezzo: completions are not available in this Studio version; please update Studio.")
	button.Enabled = false
	button:SetActive(false)
	return
end

-- Checks the saved port, or when none was saved, Mezzo's usual ports in turn.
local function checkReachable()
	local candidates = FALLBACK_PORTS
	local saved = tonumber(readSetting(SETTING_PORT))
	if saved then
		candidates = { saved }
	end
	local lastMessage, lastKind = nil, nil
	for _, port in ipairs(candidates) do
		settings.port = port
		local ok, message, kind = client:check()
		if ok or kind == "mezzo" or kind == "permission" then
			state.reachable = ok
			tell(message, not ok)
			refreshButton()
			return
		end
		lastMessage, lastKind = message, kind
	end
	settings.port = candidates[1]
	state.reachable = false
	tell(lastMessage or Client.OFFLINE_MESSAGE, lastKind ~= nil)
	refreshButton()
end

local function scriptPath(document)
	local ok, path = pcall(function()
		local source = document:GetScript()
		return source and source:GetFullName() or ""
	end)
	if ok then
		return path
	end
	return ""
end

local function isCommandBar(document)
	local ok, result = pcall(function()
		return document:IsCommandBar()
	end)
	return not ok or result
end

-- Asks Mezzo for a completion at the document's cursor; runs in its own thread. One request at
-- a time: an edit during a request asks again for the newest cursor once it is answered.
local fetch
fetch = function(document)
	if state.inFlight then
		state.queued = document
		return
	end
	state.inFlight = true
	task.spawn(function()
		local ok, problem = pcall(function()
			if document:HasSelectedText() then
				return
			end
			local line, character = document:GetSelection()
			local context = Context.build(document:GetText(), line, character)
			local completion, reason, kind = client:complete(context, scriptPath(document))
			if completion then
				Suggestions.remember(suggestions, document, context, completion)
				if not state.reachable then
					state.reachable = true
					tell("connected.", false)
					refreshButton()
				end
			elseif kind == "offline" or kind == "permission" then
				state.reachable = false
				tell(reason, true)
				refreshButton()
			end
		end)
		if not ok then
			tell("a completion failed: " .. tostring(problem), true)
		end
		state.inFlight = false
		local nextDocument = state.queued
		state.queued = nil
		if nextDocument and state.enabled then
			fetch(nextDocument)
		end
	end)
end

local function onDocumentChanged(document, changes)
	if not state.enabled or isCommandBar(document) then
		return
	end
	local acceptedId = Suggestions.accepted(suggestions, document, changes)
	if acceptedId then
		task.spawn(function()
			client:accept(acceptedId)
		end)
	end
	state.edits = state.edits + 1
	local edit = state.edits
	task.delay(DEBOUNCE_S, function()
		if edit == state.edits and state.enabled then
			fetch(document)
		end
	end)
end

-- Studio's autocomplete callback: adds the waiting suggestion, if it fits, to Studio's items.
-- It never yields and never throws; on any failure the response goes back unchanged.
local function onAutocomplete(request, response)
	if not state.enabled or type(response) ~= "table" or type(response.items) ~= "table" then
		return response
	end
	local ok, item, entry, document = pcall(function()
		local textDocument = request.textDocument or {}
		local doc = textDocument.document
		if doc == nil and textDocument.script ~= nil then
			doc = ScriptEditorService:FindScriptDocument(textDocument.script)
		end
		if doc == nil or isCommandBar(doc) then
			return nil
		end
		local position = request.position
		local context = Context.build(doc:GetText(), position.line, position.character)
		local found, remaining = Suggestions.lookup(suggestions, doc, context)
		if not found then
			return nil
		end
		local built = Suggestions.item(context, remaining)
		pcall(function()
			built.kind = Enum.CompletionItemKind.Snippet
		end)
		return built, found, doc
	end)
	if ok and item then
		pcall(function()
			local first = Suggestions.offer(suggestions, document, item, entry)
			table.insert(response.items, item)
			if first then
				local id = entry.id
				task.spawn(function()
					client:report(id, "view")
				end)
			end
		end)
	end
	return response
end

local changedConnection = nil
local checking = false

local function startChecks()
	if checking then
		return
	end
	checking = true
	task.spawn(function()
		while state.enabled do
			checkReachable()
			task.wait(CHECK_EVERY_S)
		end
		checking = false
	end)
end

local function turnOn()
	state.enabled = true
	local ok, problem = pcall(function()
		pcall(function()
			ScriptEditorService:DeregisterAutocompleteCallback(CALLBACK_NAME)
		end)
		ScriptEditorService:RegisterAutocompleteCallback(CALLBACK_NAME, CALLBACK_PRIORITY, onAutocomplete)
		if changedConnection == nil then
			changedConnection = ScriptEditorService.TextDocumentDidChange:Connect(onDocumentChanged)
		end
	end)
	if not ok then
		state.enabled = false
		warn("Mezzo: completions are not available in this Studio version (" .. tostring(problem) .. ").")
		button.Enabled = false
	end
	refreshButton()
	if state.enabled then
		startChecks()
	end
end

-- Stops answering Studio's autocomplete and watching edits.
local function stopListening()
	state.enabled = false
	pcall(function()
		ScriptEditorService:DeregisterAutocompleteCallback(CALLBACK_NAME)
	end)
	if changedConnection ~= nil then
		changedConnection:Disconnect()
		changedConnection = nil
	end
end

local function turnOff()
	stopListening()
	suggestions = Suggestions.new()
	state.lastShown = nil
	print("Mezzo: completions are off.")
	refreshButton()
end

button.Click:Connect(function()
	if state.enabled then
		turnOff()
	else
		turnOn()
	end
	saveSetting(SETTING_ENABLED, state.enabled)
end)

-- The port. Until one is chosen the plugin tries Mezzo's Ollama port (11434), then its main
-- port (8012). Plugin settings can only be changed by the plugin itself, so it offers an action,
-- "Mezzo: use the next port" (File > Advanced > Customize Shortcuts lets you give it a key),
-- which switches between those two ports and remembers the choice.
pcall(function()
	local action = plugin:CreatePluginAction(
		"MezzoNextPort",
		"Mezzo: use the next port",
		"Switch between Mezzo's usual ports (11434 and 8012) and remember the choice.",
		"",
		true
	)
	action.Triggered:Connect(function()
		local nextPort = FALLBACK_PORTS[1]
		for index, port in ipairs(FALLBACK_PORTS) do
			if port == settings.port then
				nextPort = FALLBACK_PORTS[index % #FALLBACK_PORTS + 1]
			end
		end
		settings.port = nextPort
		saveSetting(SETTING_PORT, nextPort)
		state.lastShown = nil
		print("Mezzo: using port " .. tostring(nextPort) .. ".")
		task.spawn(checkReachable)
	end)
end)

plugin.Unloading:Connect(stopListening)

if state.enabled then
	turnOn()
else
	refreshButton()
end
