HANDBOOK_SEARCH_PART({"t":"Beta guide","u":"beta/index.html","s":"The second guide.","c":"Second","h":[["details","Details","Press Enter. See alpha."]]});
