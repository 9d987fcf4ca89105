"""The emulator server: an aiohttp app speaking enough of the Telegram Bot API for aiogram."""

from __future__ import annotations

import asyncio
import socket
import time
from typing import TYPE_CHECKING, Any, Self

from aiohttp import ClientSession, web

from ._methods import BotApiMethods
from ._params import decode_form, decode_json
from ._state import _SEND_PREFIXES, _Fault
from .models import ApiCall, ApiError, BotMessage, JsonDict, Upload

if TYPE_CHECKING:
    from types import TracebackType

    from aiogram import Bot

    from .fakes import FakeGroup, FakeUser

__all__ = ["TelegramEmulator"]


class TelegramEmulator(BotApiMethods):
    """A fake Telegram Bot API server for an unmodified aiogram bot.

    Point the bot at :attr:`base_url` (see :meth:`create_bot`), then drive it with
    :meth:`user` / :meth:`group` handles and inspect :attr:`calls`.
    """

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Start listening; ``port=0`` picks a free port (see :attr:`base_url`)."""
        self._closing = False
        self._changed = asyncio.Condition()  # bind to the running loop
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_get("/file/bot{token}/{path:.*}", self._handle_file)
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        site = web.SockSite(self._runner, sock)
        await site.start()
        bound_host, bound_port = sock.getsockname()[:2]
        self._base_url = f"http://{bound_host}:{bound_port}"

    async def stop(self) -> None:
        """Wake pending long polls, stop webhook deliveries and close the server."""
        self._closing = True
        await self._notify()
        for task in list(self._webhook_tasks):
            task.cancel()
        if self._webhook_tasks:
            await asyncio.gather(*self._webhook_tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.close()
            self._client = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """``http://host:port`` to pass to ``TelegramAPIServer.from_base``."""
        if self._base_url is None:
            raise RuntimeError("TelegramEmulator is not started")
        return self._base_url

    @property
    def token(self) -> str:
        """A token aiogram accepts; the emulator accepts any token."""
        return f"{self.bot_id}:EMULATOR-token"

    def create_bot(self, **kwargs: Any) -> Bot:
        """An aiogram ``Bot`` wired to this emulator; kwargs go to ``Bot(...)``."""
        from aiogram import Bot
        from aiogram.client.session.aiohttp import AiohttpSession
        from aiogram.client.telegram import TelegramAPIServer

        session = AiohttpSession(api=TelegramAPIServer.from_base(self.base_url))
        return Bot(kwargs.pop("token", self.token), session=session, **kwargs)

    def user(
        self,
        user_id: int | None = None,
        first_name: str = "Ann",
        username: str | None = None,
        language_code: str | None = "en",
        last_name: str | None = None,
    ) -> FakeUser:
        """A user with a private chat with the bot (ids are allocated when not given)."""
        from .fakes import FakeUser

        uid = user_id if user_id is not None else 100_000 + next(self._ids)
        data: JsonDict = {"id": uid, "is_bot": False, "first_name": first_name}
        chat: JsonDict = {"id": uid, "type": "private", "first_name": first_name}
        for key, value in (("last_name", last_name), ("username", username)):
            if value is not None:
                data[key] = chat[key] = value
        if language_code is not None:
            data["language_code"] = language_code
        self._users[uid] = data
        self._chats[uid] = chat
        return FakeUser(self, data, chat)

    def group(
        self, chat_id: int | None = None, title: str = "Admins", type: str = "supergroup"
    ) -> FakeGroup:
        """A group/supergroup the bot is a member of."""
        from .fakes import FakeGroup

        cid = chat_id if chat_id is not None else -1_001_000_000_000 - next(self._ids)
        chat: JsonDict = {"id": cid, "type": type, "title": title}
        self._chats[cid] = chat
        return FakeGroup(self, chat)

    def calls_of(self, method: str) -> list[ApiCall]:
        """Recorded calls of one method (case-insensitive)."""
        wanted = method.lower()
        return [call for call in self.calls if call.method.lower() == wanted]

    def clear_calls(self) -> None:
        """Forget recorded calls (messages and cursors are kept)."""
        self.calls.clear()

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        retry_after: int = 1,
        description: str | None = None,
        count: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Answer the next ``count`` calls of ``method`` (optionally in one chat) with an error.

        429 carries ``parameters.retry_after`` so aiogram raises TelegramRetryAfter.
        """
        parameters: JsonDict | None = None
        if status == 429:
            description = description or f"Too Many Requests: retry after {retry_after}"
            parameters = {"retry_after": retry_after}
        elif description is None:
            description = {
                400: "Bad Request: injected error",
                403: "Forbidden: bot was blocked by the user",
                409: "Conflict: injected error",
                502: "Bad Gateway",
            }.get(status, "Internal Server Error" if status >= 500 else f"Error {status}")
        error = ApiError(status, description, parameters)
        self._faults.append(_Fault(method.lower(), error, count, chat_id))

    def block(self, user_id: int) -> None:
        """Make every send to this chat fail with 403 ``bot was blocked by the user``."""
        self._blocked.add(user_id)

    def unblock(self, user_id: int) -> None:
        """Undo :meth:`block`."""
        self._blocked.discard(user_id)

    async def queue_update(self, payload: JsonDict) -> JsonDict:
        """Queue a raw update (without update_id) for the bot; returns it with its id.

        The update is validated with aiogram's Update model so emulator mistakes fail loudly.
        """
        from aiogram.types import Update

        update: JsonDict = {"update_id": next(self._update_ids), **payload}
        Update.model_validate(update)
        self._touch()
        if self.deliver_via_webhook and self.webhook_url:
            task = asyncio.create_task(self.post_update_to_webhook(update))
            self._webhook_tasks.add(task)
            task.add_done_callback(self._webhook_tasks.discard)
        else:
            self._pending.append(update)
        await self._notify()
        return update

    async def post_update_to_webhook(self, update: JsonDict) -> int:
        """POST one update to the webhook the bot registered; returns the HTTP status.

        A method call in the webhook's JSON reply is executed like a normal API request.
        """
        if not self.webhook_url:
            raise AssertionError("the bot has not called setWebhook")
        if self._client is None:
            self._client = ClientSession()
        headers = {}
        if self.webhook_secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook_secret
        self._inflight += 1
        try:
            async with self._client.post(self.webhook_url, json=update, headers=headers) as resp:
                status = resp.status
                reply: Any = None
                if resp.content_type == "application/json":
                    reply = await resp.json()
            self._last_fetched_id = max(self._last_fetched_id, int(update["update_id"]))
            if isinstance(reply, dict) and isinstance(reply.get("method"), str):
                method = reply.pop("method")
                await self._execute(method, decode_json(reply), {})
            return status
        finally:
            self._inflight -= 1
            self._touch()
            await self._notify()

    # Plain timeout arguments read better in tests than wrapping calls in asyncio.timeout.
    async def wait_idle(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Return once every queued update was fetched and no request ran for ``quiet_period``.

        Handy before asserting that nothing happened.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            busy = self._unfetched() or self._inflight or self._webhook_tasks
            if not busy and time.monotonic() - self._last_activity >= self.quiet_period:
                return
            if loop.time() >= deadline:
                raise AssertionError(
                    f"emulator not idle after {timeout}s: {len(self._unfetched())} unfetched "
                    f"updates, {self._inflight} requests in flight (is the bot polling?)\n"
                    + self.describe_recent_calls()
                )
            await asyncio.sleep(0.01)

    async def wait_callback_answer(
        self,
        query_id: str,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> JsonDict:
        """Wait for the bot's answerCallbackQuery for ``query_id``; returns its params."""
        await self._wait_for(
            lambda: query_id in self._callback_answers,
            timeout,
            f"no answerCallbackQuery for callback {query_id!r}",
        )
        return self._callback_answers[query_id]

    async def next_message(
        self,
        chat_id: int,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> BotMessage:
        """The next unconsumed message the bot sent or edited in ``chat_id``."""
        await self._wait_for(
            lambda: self._cursors.get(chat_id, 0) < len(self._events.get(chat_id, [])),
            timeout,
            f"the bot sent nothing new to chat {chat_id}",
        )
        index = self._cursors.get(chat_id, 0)
        self._cursors[chat_id] = index + 1
        return self._events[chat_id][index]

    async def wait_for_call(
        self,
        method: str,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> ApiCall:
        """Wait until the bot has called ``method`` (earlier calls count); returns the latest."""
        await self._wait_for(
            lambda: bool(self.calls_of(method)), timeout, f"the bot did not call {method}"
        )
        return self.calls_of(method)[-1]

    def unconsumed(self, chat_id: int) -> list[BotMessage]:
        """Events in ``chat_id`` that :meth:`next_message` has not returned yet."""
        return self._events.get(chat_id, [])[self._cursors.get(chat_id, 0) :]

    def events(self, chat_id: int) -> list[BotMessage]:
        """Every send/edit event of the bot in ``chat_id``, in order."""
        return list(self._events.get(chat_id, []))

    def bot_messages(self, chat_id: int) -> list[BotMessage]:
        """Current state of each (not deleted) message the bot sent in ``chat_id``.

        ``method``/``params`` are those of the call that sent the message; text, markup and
        ``message`` reflect later edits.
        """
        stored = sorted(
            (s for s in self._messages.values() if s.chat_id == chat_id and s.from_bot),
            key=lambda s: s.message_id,
        )
        return [self._snapshot(s.method, s, s.params) for s in stored if not s.deleted]

    async def _queue_callback(
        self, chat: JsonDict, sender: JsonDict, data: str, message: JsonDict | None
    ) -> str:
        query_id = f"{next(self._ids)}{int(time.time() * 1000) % 1_000_000:06d}"
        query: JsonDict = {
            "id": query_id,
            "from": dict(sender),
            "chat_instance": f"ci{abs(int(chat['id']))}",
            "data": data,
        }
        if message is not None:
            query["message"] = dict(message)
        self._open_callbacks.add(query_id)
        await self.queue_update({"callback_query": query})
        return query_id

    async def _handle_api(self, request: web.Request) -> web.Response:
        params, files = await self._read_params(request)
        method = request.match_info["method"]
        # A long poll is not "work in flight" for wait_idle.
        counted = method.lower() != "getupdates"
        if counted:
            self._inflight += 1
        try:
            status, body = await self._execute(method, params, files)
        finally:
            if counted:
                self._inflight -= 1
                self._touch()
        return web.json_response(body, status=status)

    async def _handle_file(self, request: web.Request) -> web.Response:
        stored = self._files_by_path.get(request.match_info["path"])
        if stored is None or stored.content is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        return web.Response(body=stored.content, content_type="application/octet-stream")

    async def _read_params(self, request: web.Request) -> tuple[JsonDict, dict[str, Upload]]:
        params: JsonDict = decode_form(dict(request.query))
        files: dict[str, Upload] = {}
        if request.method != "POST" or not request.body_exists:
            return params, files
        if request.content_type == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update(decode_json(body))
            return params, files
        form = await request.post()
        raw: dict[str, Any] = {}
        for key, value in form.items():
            if isinstance(value, web.FileField):
                content = value.file.read()
                files[key] = Upload(key, value.filename, content, value.content_type)
            else:
                raw[key] = value if isinstance(value, str) else bytes(value).decode()
        params.update(decode_form(raw))
        return params, files

    async def _execute(
        self, method: str, params: JsonDict, files: dict[str, Upload]
    ) -> tuple[int, JsonDict]:
        name, handler = self._handler_table.get(method.lower(), (method, None))
        chat_id = self._chat_key(params.get("chat_id"))
        call_files = dict(files)
        try:
            self._check_faults(name, chat_id)
            if handler is not None:
                result = await handler(params, files)
            else:
                result = await self._generic(name, params, files)
            status, body = 200, {"ok": True, "result": result}
        except ApiError as error:
            status, body = error.status, error.body()
        except Exception as error:  # an emulator bug must not look like a network failure
            self.errors.append(error)
            status = 500
            body = {
                "ok": False,
                "error_code": 500,
                "description": f"Internal Server Error: emulator failed: {error!r}",
            }
        self.calls.append(ApiCall(name, params, time.time(), chat_id, body, status, call_files))
        await self._notify()
        return status, body

    def _check_faults(self, method: str, chat_id: int | str | None) -> None:
        for fault in self._faults:
            if fault.method == method.lower() and fault.chat_id in (None, chat_id):
                fault.count -= 1
                if fault.count <= 0:
                    self._faults.remove(fault)
                raise fault.error
        if chat_id in self._blocked and method.startswith(_SEND_PREFIXES):
            raise ApiError(403, "Forbidden: bot was blocked by the user")
