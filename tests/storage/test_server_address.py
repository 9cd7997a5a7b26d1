"""A shared library's address (issue 15): the parts the window's form shows, the URL the engine takes,
and never a password where a location is shown or remembered."""

from curator.storage.server_address import ServerAddress, is_server, library_name, with_password, without_password

NEWSROOM = ServerAddress(host="db.newsroom", database="library", user="ann", port=5433)


def test_an_address_makes_a_url_and_is_read_back_from_it():
    url = NEWSROOM.url("s3:cret@")
    assert url == "postgresql://ann:s3%3Acret%40@db.newsroom:5433/library"
    assert ServerAddress.of(url) == NEWSROOM


def test_a_servers_unix_socket_folder_is_a_host_too():
    local = ServerAddress(host="/var/run/postgresql", database="library", user="ann")
    assert ServerAddress.of(local.url()) == local
    assert ServerAddress.of("postgresql+psycopg://ann@/library?host=/var/run/postgresql") == local


def test_the_password_is_neither_shown_nor_remembered():
    url = NEWSROOM.url("s3cret")
    assert without_password(url) == "postgresql://ann@db.newsroom:5433/library"
    assert library_name(url) == "ann@db.newsroom:5433/library"
    assert ServerAddress.of(with_password(without_password(url), "s3cret")) == NEWSROOM
    assert "s3cret" in with_password(without_password(url), "s3cret")  # a positive control


def test_a_file_is_no_server():
    assert not is_server("/home/ann/postgresql.db") and is_server("postgres://ann@h/db")
    assert ServerAddress.of("/home/ann/library.db") is None
    assert without_password("/home/ann/library.db") == "/home/ann/library.db"
    assert library_name("/home/ann/library.db") == "library.db"
