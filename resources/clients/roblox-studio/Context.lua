-- The text Mezzo sees: about 2,000 characters before the cursor and 500 after, cut at line
-- boundaries, with the script's top-of-file declarations (services, required modules and
-- `--!strict`-style directives) stitched in front when they fall outside that window.
--
-- Pure logic with no Studio API, written in the part of Luau that Lua 5.1 also runs, so that
-- Mezzo's tests can run it outside Studio.

local Context = {}

Context.PREFIX_CHARS = 2000
Context.SUFFIX_CHARS = 500
Context.HEADER_CHARS = 600 -- at most this much of stitched-in declarations

-- Lines that tell the model what is in scope. Only top-level lines (no indentation) whose call
-- closes on the same line.
local DECLARATIONS = {
	"^%-%-!%a+%s*$", -- --!strict, --!nonstrict, --!nocheck, --!native ...
	"^local%s+[%w_]+%s*=%s*game:GetService%s*%b()",
	"^local%s+[%w_]+%s*=%s*game%.[%w_]+%s*$",
	"^local%s+[%w_]+%s*=%s*require%s*%b()",
}

-- Splits text into lines without their line endings; "" is one empty line.
function Context.splitLines(text)
	local lines = {}
	local start = 1
	while true do
		local newline = string.find(text, "\n", start, true)
		if not newline then
			table.insert(lines, string.sub(text, start))
			break
		end
		table.insert(lines, string.sub(text, start, newline - 1))
		start = newline + 1
	end
	for index = 1, #lines do
		local line = lines[index]
		if string.sub(line, -1) == "\r" then
			lines[index] = string.sub(line, 1, -2)
		end
	end
	return lines
end

local function isContinuation(byte)
	return byte ~= nil and byte >= 0x80 and byte < 0xC0
end

-- The byte offset just before the `column`th character (1 = start of line), counting UTF-8
-- characters as Studio's positions do, clamped to the line.
function Context.columnToByte(line, column)
	local wanted = math.max(1, math.floor(column)) - 1
	local seen = 0
	local offset = 0
	local length = string.len(line)
	while seen < wanted and offset < length do
		offset = offset + 1
		while isContinuation(string.byte(line, offset + 1)) do
			offset = offset + 1
		end
		seen = seen + 1
	end
	return offset
end

-- The number of UTF-8 characters in `text`.
function Context.charCount(text)
	local _, count = string.gsub(text, "[^\128-\191]", "")
	return count
end

-- Moves a start index forward off UTF-8 continuation bytes, so a cut never splits a character.
local function safeStart(text, index)
	local at = index
	while isContinuation(string.byte(text, at)) do
		at = at + 1
	end
	return at
end

-- Moves an end index back so that the character it ends in is complete.
local function safeEnd(text, index)
	local at = index
	while at > 0 and isContinuation(string.byte(text, at + 1)) do
		at = at - 1
	end
	return at
end

-- The last `limit` characters of `before`, starting at a line boundary where one lies inside
-- the window; also returns the index the kept text starts at.
local function cutBefore(before, limit)
	local length = string.len(before)
	if length <= limit then
		return before, 1
	end
	local start = length - limit + 1
	local newline = string.find(before, "\n", start - 1, true)
	-- A line boundary is only worth the characters it costs in the first half of the window.
	if newline and newline < length and newline - start < limit / 2 then
		start = newline + 1
	else
		start = safeStart(before, start)
	end
	return string.sub(before, start), start
end

-- The first `limit` characters of `after`, ending at a line boundary where one lies inside the
-- window after the rest of the cursor's line.
local function cutAfter(after, limit)
	if string.len(after) <= limit then
		return after
	end
	local window = string.sub(after, 1, limit)
	local lastNewline = nil
	local search = 1
	while true do
		local found = string.find(window, "\n", search, true)
		if not found then
			break
		end
		lastNewline = found
		search = found + 1
	end
	if lastNewline and lastNewline > 1 then
		return string.sub(window, 1, lastNewline)
	end
	return string.sub(after, 1, safeEnd(after, limit))
end

local function isDeclaration(line)
	for _, pattern in ipairs(DECLARATIONS) do
		if string.find(line, pattern) then
			return true
		end
	end
	return false
end

-- The declarations among `lines[1 .. lastLine]`, in order, at most `limit` characters.
function Context.declarations(lines, lastLine, limit)
	local found = {}
	local used = 0
	for index = 1, math.min(lastLine, #lines) do
		local line = lines[index]
		if isDeclaration(line) then
			local cost = string.len(line) + 1
			if used + cost > limit then
				break
			end
			table.insert(found, line)
			used = used + cost
		end
	end
	return found
end

-- Builds the context for a cursor at `line`, `column` (both 1-based, as Studio reports them).
-- Returns a table with:
--   prefix, suffix    what Mezzo is sent (the prefix includes any stitched-in header)
--   before            the window of text before the cursor, without the header
--   header            the declarations stitched in front ("" when none were needed)
--   linePrefix        the cursor's line up to the cursor
--   lineSuffix        the cursor's line after the cursor
--   line, column      the cursor, clamped to the script
function Context.build(source, line, column, options)
	local settings = options or {}
	local prefixChars = settings.prefixChars or Context.PREFIX_CHARS
	local suffixChars = settings.suffixChars or Context.SUFFIX_CHARS
	local headerChars = settings.headerChars or Context.HEADER_CHARS

	local lines = Context.splitLines(source or "")
	local row = math.min(math.max(1, math.floor(line or 1)), #lines)
	local text = lines[row]
	local offset = Context.columnToByte(text, column or 1)
	local linePrefix = string.sub(text, 1, offset)
	local lineSuffix = string.sub(text, offset + 1)

	local above = table.concat(lines, "\n", 1, row - 1)
	local before = linePrefix
	if row > 1 then
		before = above .. "\n" .. linePrefix
	end
	local after = lineSuffix
	if row < #lines then
		after = lineSuffix .. "\n" .. table.concat(lines, "\n", row + 1, #lines)
	end

	local window, start = cutBefore(before, prefixChars)
	local header = ""
	if start > 1 then
		-- Lines wholly before the window: the line the window starts on is inside it.
		local _, hidden = string.gsub(string.sub(before, 1, start - 1), "\n", "")
		local found = Context.declarations(lines, hidden, headerChars)
		if #found > 0 then
			header = table.concat(found, "\n") .. "\n"
		end
	end

	return {
		prefix = header .. window,
		suffix = cutAfter(after, suffixChars),
		before = window,
		header = header,
		linePrefix = linePrefix,
		lineSuffix = lineSuffix,
		line = row,
		column = Context.charCount(linePrefix) + 1,
	}
end

return Context
