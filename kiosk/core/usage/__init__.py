"""What patients read, counted without knowing who read it (issue #16).

``visit`` turns what happens on screen into anonymous events, ``db`` keeps them in SQLite
with daily totals beside them, ``recorder`` writes them off the screen's thread,
``figures`` reads the totals back for the staff dashboard, ``export`` writes CSV and
``fleet`` the daily summary a group of kiosks shares. No Qt here: tests drive it all.
"""
