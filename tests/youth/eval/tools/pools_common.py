"""Hand-written material shared by both splits: the fictional gemeente Vaartveen.

Everything here was typed for this corpus; nothing comes from a name list or a package.
Places are not personal data and must survive scrubbing.
"""

GEMEENTE = "Vaartveen"

WIJKEN = ["Centrum", "Noord", "De Kolk", "Molenveld", "Oosterweide", "Zuidhaven"]

BUURTEN = [
    "Binnenstad", "Stationskwartier", "Havenkwartier",
    "Bloemenbuurt", "Vogelbuurt", "Noorderhof",
    "Kolk-West", "Kolk-Oost", "Rozenhof",
    "Molenveld-Noord", "Molenveld-Zuid", "Schrijversbuurt",
    "Oosterweide-Dorp", "Zonnehof", "Hartkamp", "Koningshof",
    "Zuidhaven-Kade", "Vossenpark", "Wolfsdonk", "Bergweide", "Sterrenwijk",
]

# Chains, brands and clubs that both splits may mention (not local residents).
CHAINS = ["Jan Linders", "Albert Heijn", "Kruidvat", "Hema", "Action", "Lidl", "Jumbo",
          "Zara", "Primark", "Aldi", "Dirk", "Plus", "Etos", "Wibra", "Zeeman",
          "McDonald's", "Kwalitaria"]

EMOJI = ["😂", "🙏", "⚽", "🔥", "💯", "😭", "👀", "🤷‍♂️", "😅", "💪", "🏀", "❤️", "😡", "🙄"]
