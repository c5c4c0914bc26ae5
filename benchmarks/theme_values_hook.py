"""For the build without our plugin (projects.py): the two values that the theme's templates in
overrides/ print and the plugin gives them in on_env, with no work of the plugin behind them."""


def on_env(env, config, files):
    env.globals["publicatie"] = {"jaar": 2024, "organisatie": "de organisatie", "afbeelding": None, "afbeelding_maten": (1200, 630)}
    return env
