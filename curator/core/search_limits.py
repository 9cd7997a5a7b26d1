"""How long a search may be: the search refuses longer queries at once (1,000 words used to run for
27 s), and the window's search box takes no more. A module of their own, so that the window knows them
without loading the search (numpy), which its first frame does without."""

MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 20
