"""What each corpus brief asked for, checked by validate.py; a corpus's config.py names its own."""
import math
from types import SimpleNamespace

# the first brief: records containing each kind, per split
FIRST = {"name": 150, "phone": 25, "email": 15, "handle": 20, "address": 20, "postcode": 10,
         "bsn": 12, "birth_date": 12, "initials_age": 10, "iban": 8, "licence_plate": 10,
         "class_name": 10}
# briefs 2 to 4: the first brief's minimums x1.2 (rounded up), 600 records, 45-55 % personal
SCALED = SimpleNamespace(MINIMUM={k: math.ceil(v * 1.2) for k, v in FIRST.items()},
                         MIN_RECORDS=600, SHARE_WITH_PERSONAL=(0.45, 0.55))
# briefs 5 and 6: every kind >= 15 (phone, handle, address 20; names 150), about 45 % personal
FIFTH = SimpleNamespace(MINIMUM={**{k: max(15, min(v, 20)) for k, v in FIRST.items()}, "name": 150},
                        MIN_RECORDS=500, SHARE_WITH_PERSONAL=(0.40, 0.50))
# brief 9: every kind >= 15 (phone, handle, address 20 as before; names 150), >= 650 records,
# 45-50 % with personal data
NINTH = SimpleNamespace(MINIMUM={**{k: max(15, min(v, 20)) for k, v in FIRST.items()}, "name": 150},
                        MIN_RECORDS=650, SHARE_WITH_PERSONAL=(0.45, 0.50))
# brief 10: as brief 9, >= 700 records
TENTH = SimpleNamespace(MINIMUM=dict(NINTH.MINIMUM), MIN_RECORDS=700,
                        SHARE_WITH_PERSONAL=(0.45, 0.50))
# brief 11: as brief 10 (every kind >= 15, phone/handle/address 20, names 150), >= 700 records,
# 45-50 % with personal data
ELEVENTH = SimpleNamespace(MINIMUM=dict(TENTH.MINIMUM), MIN_RECORDS=700,
                           SHARE_WITH_PERSONAL=(0.45, 0.50))
# brief 12: as brief 11 (every kind >= 15, phone/handle/address 20, names 150), >= 700 records,
# 45-50 % with personal data
TWELFTH = SimpleNamespace(MINIMUM=dict(ELEVENTH.MINIMUM), MIN_RECORDS=700,
                          SHARE_WITH_PERSONAL=(0.45, 0.50))
# brief 13: as brief 12 (every kind >= 15, phone/handle/address 20, names 150), >= 700 records,
# 45-50 % with personal data
THIRTEENTH = SimpleNamespace(MINIMUM=dict(TWELFTH.MINIMUM), MIN_RECORDS=700,
                             SHARE_WITH_PERSONAL=(0.45, 0.50))
# brief 14: as brief 13 (every kind >= 15, phone/handle/address 20, names 150), >= 700 records,
# 45-50 % with personal data
FOURTEENTH = SimpleNamespace(MINIMUM=dict(THIRTEENTH.MINIMUM), MIN_RECORDS=700,
                             SHARE_WITH_PERSONAL=(0.45, 0.50))
# brief 15: as brief 14 (every kind >= 15, phone/handle/address 20, names 150), >= 700 records,
# 45-50 % with personal data
FIFTEENTH = SimpleNamespace(MINIMUM=dict(FOURTEENTH.MINIMUM), MIN_RECORDS=700,
                            SHARE_WITH_PERSONAL=(0.45, 0.50))
# brief 16: as brief 15 (every kind >= 15, phone/handle/address 20, names 150), >= 700 records,
# 45-50 % with personal data
SIXTEENTH = SimpleNamespace(MINIMUM=dict(FIFTEENTH.MINIMUM), MIN_RECORDS=700,
                            SHARE_WITH_PERSONAL=(0.45, 0.50))
# brief 17: as brief 16 (every kind >= 15, phone/handle/address 20, names 150), >= 700 records,
# 45-50 % with personal data
SEVENTEENTH = SimpleNamespace(MINIMUM=dict(SIXTEENTH.MINIMUM), MIN_RECORDS=700,
                              SHARE_WITH_PERSONAL=(0.45, 0.50))
# brief 18: as brief 17 (every kind >= 15, phone/handle/address 20, names 150), >= 700 records,
# 45-50 % with personal data
EIGHTEENTH = SimpleNamespace(MINIMUM=dict(SEVENTEENTH.MINIMUM), MIN_RECORDS=700,
                             SHARE_WITH_PERSONAL=(0.45, 0.50))
