-- wrk script: the library search of bench/run.sh with another page on every request, so the
-- server never has the answer kept from before (each search is found and counted anew).
-- `path` comes from the command line after --; each wrk thread counts through its own pages.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("first", threads * 4000)
end

local path = nil
local n = nil
function init(args)
  path = args[1]
end

function request()
  n = (n or first) + 1
  return wrk.format("GET", path .. "&page=" .. tostring(n))
end
