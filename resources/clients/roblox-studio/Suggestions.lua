-- Completions waiting to be shown, turned into Studio autocomplete items, and recognised when
-- the person accepts one.
--
-- Studio's autocomplete callback must not yield, and asking Mezzo does, so the plugin asks
-- in the background after each edit and keeps the latest answer per script here; the callback
-- only looks it up. A suggestion stays usable while the person types the characters it starts
-- with: typing "ret" with "return x" waiting offers "urn x".
--
-- Studio tells a plugin nothing when an item is accepted. What it does report is the edit:
-- accepting applies the item's text in one change (TextDocumentDidChange). A single change
-- that inserts exactly the offered text, on the offered line, is taken as the accept; typing
-- arrives a character at a time and never matches a suggestion of three or more characters.
--
-- Pure logic with no Studio API, written in the part of Luau that Lua 5.1 also runs.

local Context = require(script.Parent.Context)

local Suggestions = {}

Suggestions.TAIL_CHARS = 200 -- how much of the text before the cursor must still match
Suggestions.MAX_TYPED = 80 -- how far the person may type into a suggestion
Suggestions.LABEL_CHARS = 60
Suggestions.MIN_ACCEPT_CHARS = 3

function Suggestions.new()
	return { entries = {}, offers = {} }
end

-- Keeps `completion` ({ text, id }) for the script `key` (any value naming the script), made
-- for `context` (from Context.build).
function Suggestions.remember(store, key, context, completion)
	local before = context.before or ""
	store.entries[key] = {
		tail = string.sub(before, -Suggestions.TAIL_CHARS),
		lineSuffix = context.lineSuffix or "",
		text = completion.text,
		id = completion.id,
		viewed = false,
	}
end

function Suggestions.forget(store, key)
	store.entries[key] = nil
	store.offers[key] = nil
end

local function endsWith(text, ending)
	return ending == "" or string.sub(text, -string.len(ending)) == ending
end

-- The waiting completion that still fits `context`, and the part of it not typed yet; nil when
-- the person has moved elsewhere or typed something else.
function Suggestions.lookup(store, key, context)
	local entry = store.entries[key]
	if entry == nil or (context.lineSuffix or "") ~= entry.lineSuffix then
		return nil
	end
	local before = context.before or ""
	local text = entry.text
	local most = math.min(string.len(text) - 1, Suggestions.MAX_TYPED)
	for typed = 0, most do
		local typedText = string.sub(text, 1, typed)
		if string.find(typedText, "\n", 1, true) then
			return nil
		end
		if endsWith(before, entry.tail .. typedText) then
			return entry, string.sub(text, typed + 1)
		end
	end
	return nil
end

local function firstLine(text)
	local newline = string.find(text, "\n", 1, true)
	if newline then
		return string.sub(text, 1, newline - 1), true
	end
	return text, false
end

local function shorten(text, limit)
	if Context.charCount(text) <= limit then
		return text
	end
	local cut = Context.columnToByte(text, limit)
	return string.sub(text, 1, cut) .. "…"
end

-- The label shown in the menu: the typed word and the suggestion's first line, or its first
-- non-blank line when the suggestion starts on the next line.
function Suggestions.label(fragment, remaining)
	local line, more = firstLine(remaining)
	local shown = fragment .. line
	if string.find(line, "%S") == nil then
		local rest = string.gsub(remaining, "^%s+", "")
		local nextLine = firstLine(rest)
		shown = fragment .. nextLine
		more = string.find(rest, "\n", 1, true) ~= nil
	end
	shown = shorten(shown, Suggestions.LABEL_CHARS)
	if more then
		shown = shown .. " …"
	end
	return shown
end

-- The autocomplete item for `remaining` at `context`'s cursor. It replaces the word being
-- typed, so that Studio's menu, which filters items by that word, keeps it.
function Suggestions.item(context, remaining)
	local fragment = string.match(context.linePrefix or "", "[%w_]*$") or ""
	local column = context.column or 1
	local start = column - Context.charCount(fragment)
	local newText = fragment .. remaining
	return {
		label = Suggestions.label(fragment, remaining),
		detail = "Mezzo",
		documentation = { value = newText },
		preselect = true,
		textEdit = {
			newText = newText,
			replace = {
				start = { line = context.line, character = start },
				["end"] = { line = context.line, character = column },
			},
		},
	}
end

-- Notes that `item` was put in the menu for the script `key`, for `entry` (from lookup).
-- Returns true the first time a completion is offered, when a "view" is worth reporting.
function Suggestions.offer(store, key, item, entry)
	local edit = item.textEdit
	local fragmentLength = edit.replace["end"].character - edit.replace.start.character
	store.offers[key] = {
		newText = edit.newText,
		remaining = string.sub(edit.newText, Context.columnToByte(edit.newText, fragmentLength + 1) + 1),
		line = edit.replace.start.line,
		id = entry.id,
	}
	local first = not entry.viewed
	entry.viewed = true
	return first
end

local function changeText(change)
	if type(change) ~= "table" then
		return nil, nil
	end
	local line = nil
	if type(change.range) == "table" and type(change.range.start) == "table" then
		line = change.range.start.line
	end
	return change.text, line
end

-- Whether `changes` (TextDocumentDidChange's array) is the person accepting the item offered
-- for `key`. Returns the completion id when it is, and forgets the offer and the suggestion.
function Suggestions.accepted(store, key, changes)
	local offer = store.offers[key]
	if offer == nil or type(changes) ~= "table" or #changes ~= 1 then
		return nil
	end
	local text, line = changeText(changes[1])
	if type(text) ~= "string" or string.len(text) < Suggestions.MIN_ACCEPT_CHARS then
		return nil
	end
	if (text == offer.newText or text == offer.remaining) and (line == nil or line == offer.line) then
		Suggestions.forget(store, key)
		return offer.id
	end
	return nil
end

return Suggestions
