-- What the plugin says to Mezzo and how it reads the answers: the body of
-- `POST /api/generate` (Ollama's API, which Mezzo serves on localhost), the body of an event
-- for `POST /v1/events`, and the completion read back out of an answer.
--
-- Pure logic with no Studio API, written in the part of Luau that Lua 5.1 also runs, so that
-- Mezzo's tests can run it outside Studio.

local Request = {}

Request.CLIENT_ID = "roblox-studio"
Request.LANGUAGE = "luau"

Request.DEFAULTS = {
	host = "localhost",
	port = 11434, -- Mezzo's Ollama-compatible port; its main port (8012) serves the same API
	model = "mezzo",
	maxTokens = 64,
	temperature = 0,
	-- A blank stretch or the start of the next top-level function ends an inline suggestion.
	stop = { "\n\n\n", "\nlocal function ", "\nfunction " },
}

local function setting(settings, name)
	if settings ~= nil and settings[name] ~= nil then
		return settings[name]
	end
	return Request.DEFAULTS[name]
end

function Request.baseUrl(settings)
	return "http://" .. setting(settings, "host") .. ":" .. tostring(setting(settings, "port"))
end

function Request.url(settings, path)
	return Request.baseUrl(settings) .. path
end

-- Headers for every request; a token is only sent when one is set in the plugin's settings
-- (Mezzo only asks for one when its API token is turned on).
function Request.headers(settings, withBody)
	local headers = {}
	if withBody then
		headers["Content-Type"] = "application/json"
	end
	local token = settings and settings.token
	if type(token) == "string" and token ~= "" then
		headers["Authorization"] = "Bearer " .. token
	end
	return headers
end

-- The body of `POST /api/generate`. `context` comes from Context.build; `scriptPath` is the
-- script's full name in the place (`ServerScriptService.Shop.Checkout`), which Mezzo uses to
-- pick the project's adapter and to tell one script's suggestions from another's.
function Request.generateBody(context, settings, scriptPath)
	local stop = {}
	for _, sequence in ipairs(setting(settings, "stop")) do
		table.insert(stop, sequence)
	end
	return {
		model = setting(settings, "model"),
		prompt = context.prefix,
		suffix = context.suffix, -- present, even when empty: fill-in-the-middle
		raw = false,
		stream = false,
		options = {
			num_predict = setting(settings, "maxTokens"),
			temperature = setting(settings, "temperature"),
			stop = stop,
		},
		filepath = scriptPath or "",
		language = Request.LANGUAGE,
		client_id = Request.CLIENT_ID,
	}
end

-- The body of `POST /v1/events`: "view" when a suggestion is put in the menu, "select" when
-- it is accepted.
function Request.eventBody(completionId, kind)
	return {
		type = kind or "select",
		completion_id = completionId,
		choice_index = 0,
	}
end

local function isBlank(text)
	return string.find(text, "%S") == nil
end

local function isWordChar(text, index)
	if index < 1 then
		return false
	end
	return string.find(string.sub(text, index, index), "^[%w_]$") ~= nil
end

local function trimRight(text)
	return (string.gsub(text, "%s+$", ""))
end

local function trimLeft(text)
	return (string.gsub(text, "^%s+", ""))
end

-- Drops the end of a completion that the text after the cursor already starts with (the `)`
-- the editor closed by itself, the `end` below the cursor), so accepting it does not double it.
function Request.trimRepeat(text, suffix)
	local body = trimRight(text)
	local after = trimLeft(suffix or "")
	local longest = math.min(string.len(body), string.len(after), 200)
	for length = longest, 1, -1 do
		local tail = string.sub(body, -length)
		local start = string.len(body) - length + 1
		if
			tail == string.sub(after, 1, length)
			and not isBlank(tail)
			-- whole tokens only: the `e` of `Name` is not the `e` of `end`
			and not (isWordChar(body, start - 1) and isWordChar(body, start))
			and not (isWordChar(after, length) and isWordChar(after, length + 1))
		then
			return trimRight(string.sub(body, 1, string.len(body) - length))
		end
	end
	return text
end

local function header(headers, name)
	if type(headers) ~= "table" then
		return nil
	end
	local wanted = string.lower(name)
	for key, value in pairs(headers) do
		if type(key) == "string" and string.lower(key) == wanted then
			return value
		end
	end
	return nil
end

-- The message inside an error body: Ollama's `{"error": "..."}` or `{"error": {"message"}}`.
local function errorMessage(decoded)
	if type(decoded) ~= "table" then
		return nil
	end
	local problem = decoded.error
	if type(problem) == "string" then
		return problem
	end
	if type(problem) == "table" and type(problem.message) == "string" then
		return problem.message
	end
	return nil
end

-- Decodes a response body with `decode` (HttpService:JSONDecode); nil when it is not JSON.
function Request.decode(decode, body)
	if type(body) ~= "string" or body == "" then
		return nil
	end
	local ok, decoded = pcall(decode, body)
	if not ok then
		return nil
	end
	return decoded
end

-- Reads the answer to `POST /api/generate` (the table RequestAsync returns). Returns
-- `{ text = ..., id = ... }`, or nil and a reason in words.
function Request.parseGenerate(response, decode, context)
	if type(response) ~= "table" then
		return nil, "Mezzo sent no answer."
	end
	local decoded = Request.decode(decode, response.Body)
	local status = tonumber(response.StatusCode) or 0
	if status ~= 200 then
		local message = errorMessage(decoded) or response.StatusMessage or "no details"
		return nil, "Mezzo answered " .. tostring(status) .. ": " .. tostring(message)
	end
	if type(decoded) ~= "table" then
		return nil, "Mezzo's answer was not JSON."
	end
	local text = decoded.response
	if type(text) ~= "string" then
		return nil, "Mezzo's answer had no completion in it."
	end
	if isBlank(text) then
		return nil, "Mezzo had nothing to suggest here."
	end
	local suffix = ""
	if type(context) == "table" and type(context.suffix) == "string" then
		suffix = context.suffix
	end
	local trimmed = Request.trimRepeat(text, suffix)
	if isBlank(trimmed) then
		return nil, "The suggestion only repeated the code after the cursor."
	end
	local id = decoded.id
	if type(id) ~= "string" or id == "" then
		id = header(response.Headers, "X-Mezzo-Completion-Id")
	end
	return { text = trimmed, id = id }
end

-- Reads the answer to `GET /health`: true when Mezzo is ready, else false and what it said.
function Request.parseHealth(response, decode)
	if type(response) ~= "table" then
		return false, "Mezzo sent no answer."
	end
	local status = tonumber(response.StatusCode) or 0
	if status == 200 then
		return true, "Mezzo is ready."
	end
	local message = errorMessage(Request.decode(decode, response.Body))
	if status == 503 then
		return false, "Mezzo is running but not ready: " .. (message or "no model loaded") .. "."
	end
	return false, "Mezzo answered " .. tostring(status) .. ": " .. (message or "no details")
end

return Request
