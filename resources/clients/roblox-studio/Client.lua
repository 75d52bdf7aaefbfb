-- The HTTP side of the plugin. It is given an HttpService-like object (RequestAsync,
-- JSONEncode, JSONDecode) instead of reaching for game:GetService, so Mezzo's tests can run it
-- outside Studio. Every call is wrapped in pcall: a failure comes back as nil plus a message in
-- plain words and a kind ("permission", "offline", "mezzo" or "error"), and never interrupts
-- the person's editing.
--
-- RequestAsync yields until Mezzo answers, so call these from a thread of their own (task.spawn),
-- never from inside Studio's autocomplete callback.
--
-- Pure logic with no Studio API, written in the part of Luau that Lua 5.1 also runs.

local Request = require(script.Parent.Request)

local Client = {}
Client.__index = Client

Client.PERMISSION_MESSAGE =
	"Allow HTTP requests for the Mezzo plugin: Studio asks the first time; see Plugin Management."
Client.OFFLINE_MESSAGE = "Mezzo is not running on this computer."

-- Fragments of the errors Studio raises when a plugin may not make HTTP requests: HTTP turned
-- off for the place, a request from a play-test client, or the plugin's permission refused.
local PERMISSION_ERRORS = {
	"http requests are not enabled",
	"http requests can only be executed by game server",
	"permission",
	"not allowed to access",
	"httpservice is not allowed",
}

-- Fragments of the errors Studio raises when nothing answers on the port.
local OFFLINE_ERRORS = {
	"connectfail",
	"connection refused",
	"couldn't connect",
	"could not connect",
	"connectionrefused",
	"timedout",
	"timed out",
	"hostnotfound",
	"dnsresolve",
}

local function contains(text, fragments)
	local lower = string.lower(text)
	for _, fragment in ipairs(fragments) do
		if string.find(lower, fragment, 1, true) then
			return true
		end
	end
	return false
end

-- Sorts an error raised by RequestAsync into a kind and a message for the person.
function Client.describeError(problem)
	local text = tostring(problem)
	if contains(text, PERMISSION_ERRORS) then
		return "permission", Client.PERMISSION_MESSAGE
	end
	if contains(text, OFFLINE_ERRORS) then
		return "offline", Client.OFFLINE_MESSAGE
	end
	return "error", "Could not reach Mezzo: " .. text
end

-- `http` is HttpService (or a stand-in); `settings` holds port, host, model, maxTokens, stop
-- and token, each optional (see Request.DEFAULTS).
function Client.new(http, settings)
	local self = setmetatable({}, Client)
	self.http = http
	self.settings = settings or {}
	return self
end

function Client:decoder()
	local http = self.http
	return function(body)
		return http:JSONDecode(body)
	end
end

-- Sends one request. Returns the RequestAsync response table, or nil, a message and a kind.
function Client:send(method, path, body)
	local http = self.http
	local options = {
		Url = Request.url(self.settings, path),
		Method = method,
		Headers = Request.headers(self.settings, body ~= nil),
	}
	if body ~= nil then
		local encoded, encodedBody = pcall(function()
			return http:JSONEncode(body)
		end)
		if not encoded then
			return nil, "Could not encode the request: " .. tostring(encodedBody), "error"
		end
		options.Body = encodedBody
	end
	local ok, response = pcall(function()
		return http:RequestAsync(options)
	end)
	if not ok then
		local kind, message = Client.describeError(response)
		return nil, message, kind
	end
	if type(response) ~= "table" then
		return nil, "Mezzo sent no answer.", "error"
	end
	return response
end

-- Asks Mezzo for a completion at `context` (from Context.build) in the script at `scriptPath`.
-- Returns `{ text, id }`, or nil, a reason and a kind.
function Client:complete(context, scriptPath)
	local ok, completion, reason, kind = pcall(function()
		local body = Request.generateBody(context, self.settings, scriptPath)
		local response, problem, problemKind = self:send("POST", "/api/generate", body)
		if not response then
			return nil, problem, problemKind
		end
		local parsed, why = Request.parseGenerate(response, self:decoder(), context)
		if not parsed then
			return nil, why, "mezzo"
		end
		return parsed
	end)
	if not ok then
		return nil, "The plugin failed: " .. tostring(completion), "error"
	end
	return completion, reason, kind
end

-- Tells Mezzo what became of a completion: "select" (accepted) or "view" (shown).
-- Returns true, or false, a reason and a kind.
function Client:report(completionId, eventType)
	if type(completionId) ~= "string" or completionId == "" then
		return false, "The suggestion had no completion id.", "error"
	end
	local ok, sent, reason, kind = pcall(function()
		local body = Request.eventBody(completionId, eventType)
		local response, problem, problemKind = self:send("POST", "/v1/events", body)
		if not response then
			return false, problem, problemKind
		end
		local status = tonumber(response.StatusCode) or 0
		if status ~= 200 then
			return false, "Mezzo did not take the event (" .. tostring(status) .. ").", "mezzo"
		end
		return true
	end)
	if not ok then
		return false, "The plugin failed: " .. tostring(sent), "error"
	end
	return sent, reason, kind
end

function Client:accept(completionId)
	return self:report(completionId, "select")
end

-- Whether Mezzo answers on the configured port. Returns true and a message, or false, a
-- message and a kind; "mezzo" means it is running but not ready (its model is loading).
function Client:check()
	local ok, ready, message, kind = pcall(function()
		local response, problem, problemKind = self:send("GET", "/health", nil)
		if not response then
			return false, problem, problemKind
		end
		local healthy, why = Request.parseHealth(response, self:decoder())
		if healthy then
			return true, why
		end
		return false, why, "mezzo"
	end)
	if not ok then
		return false, "The plugin failed: " .. tostring(ready), "error"
	end
	return ready, message, kind
end

return Client
