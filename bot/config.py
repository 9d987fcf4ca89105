"""Settings of the bot, read from the environment or `.env` (pydantic-settings)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LOCALES = ("en", "ru", "fa", "tr", "uz")


class Settings(BaseSettings):
    """Every setting of the spec's table; names are the environment variables' names."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    bot_token: SecretStr
    telegram_api_url: str | None = None
    database_url: str = "sqlite:///data/storefront.db"
    panel_url: str
    panel_key: SecretStr
    panel_dialect: Literal["v2", "btj"] = "v2"
    panel_currency_rate: Decimal = Field(default=Decimal(1), gt=0)
    markup_percent: Decimal = Field(default=Decimal(0), ge=0, le=10000)
    store_currency: str | None = None
    admin_chat_id: int
    poll_interval: float = Field(default=60.0, gt=0)
    default_locale: Literal["en", "ru", "fa", "tr", "uz"] = "en"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    web_host: str = "0.0.0.0"
    web_port: int = Field(default=8080, ge=1, le=65535)

    @field_validator(
        "telegram_api_url", "webhook_url", "webhook_secret", "store_currency", mode="before"
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        # A token is "<digits>:<secret>"; catching a pasted username here saves a confusing 401.
        head, _, tail = value.get_secret_value().partition(":")
        if not head.isdigit() or not tail:
            raise ValueError("must look like 123456:ABC-DEF...")
        return value

    @field_validator("database_url")
    @classmethod
    def _sqlite_url(cls, value: str) -> str:
        if not value.startswith("sqlite:///"):
            raise ValueError("must start with sqlite:///")
        return value

    @field_validator("panel_url", "telegram_api_url", "webhook_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError("WEBHOOK_SECRET is required when WEBHOOK_URL is set")
        return self

    @property
    def database_path(self) -> Path:
        return Path(self.database_url.removeprefix("sqlite:///"))


class DatabaseSettings(BaseSettings):
    """Just the database, for commands that need nothing else (`python -m bot check`)."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = "sqlite:///data/storefront.db"

    @property
    def database_path(self) -> Path:
        return Path(self.database_url.removeprefix("sqlite:///"))


class SettingsError(Exception):
    """A setting is missing or invalid; the message names it in one line."""


def load_settings(**overrides: object) -> Settings:
    """Build the settings, turning pydantic's report into one line that names the setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        if first["type"] == "missing":
            raise SettingsError(f"setting {name} is required but not set") from None
        message = str(first["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"setting {name} is invalid: {message}") from None
