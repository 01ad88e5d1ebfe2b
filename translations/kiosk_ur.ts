<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this information</source>
        <translation>ان معلومات کے بارے میں</translation>
    </message>
    <message>
        <source>“%1”, version %2, was written from %3 sources: health services, medicine regulators and medical research. Each page shows its own: tap the information button on a page.</source>
        <translation>”%1“ (ورژن %2) %3 ذرائع کی مدد سے لکھا گیا ہے: صحت کے ادارے، دواؤں کے نگران ادارے اور طبی تحقیق۔ ہر صفحہ اپنے ذرائع خود دکھاتا ہے: کسی صفحے پر معلومات کا بٹن دبائیں۔</translation>
    </message>
    <message>
        <source>Where “%1” comes from</source>
        <translation>”%1“ کی معلومات کہاں سے ہیں</translation>
    </message>
    <message>
        <source>This page was written from:</source>
        <translation>یہ صفحہ ان ذرائع سے لکھا گیا ہے:</translation>
    </message>
    <message>
        <source>This kiosk explains; it does not replace your doctor. Ask your doctor about anything here. In an emergency, call {emergency_number}.</source>
        <translation>یہ کیوسک معلومات دیتا ہے، ڈاکٹر کی جگہ نہیں لیتا۔ یہاں کی کسی بھی بات کے بارے میں اپنے ڈاکٹر سے پوچھیں۔ ایمرجنسی میں {emergency_number} پر فون کریں۔</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>No doctor has checked this information yet. It is waiting for a doctor&apos;s review, so ask your doctor before you act on it.</source>
        <translation>ابھی کسی ڈاکٹر نے یہ معلومات چیک نہیں کیں، ڈاکٹر کا جائزہ ابھی باقی ہے۔ اس لیے ان پر عمل کرنے سے پہلے اپنے ڈاکٹر سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Checked by %1, a doctor, on %2. Next check due by %3.</source>
        <translation>ڈاکٹر %1 نے %2 کو چیک کیا۔ اگلی جانچ %3 تک ہونی ہے۔</translation>
    </message>
    <message>
        <source>The %1 has not yet been checked by a medical translator.</source>
        <translation>%1 متن ابھی کسی طبی مترجم نے چیک نہیں کیا۔</translation>
    </message>
    <message>
        <source>The %1 was checked by %2, a medical translator, on %3.</source>
        <translation>%1 متن کو طبی مترجم %2 نے %3 کو چیک کیا۔</translation>
    </message>
    <message>
        <source>The Urdu has not yet been checked by a medical translator.</source>
        <translation>اردو ابھی کسی طبی مترجم نے چیک نہیں کی۔</translation>
    </message>
    <message>
        <source>The Urdu was checked by %1, a medical translator, on %2.</source>
        <translation>اردو کو طبی مترجم %1 نے %2 کو چیک کیا۔</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>شروع کرنے کے لیے اسکرین کو چھوئیں</translation>
    </message>
    <message>
        <source>Learn about your immune system</source>
        <translation>اپنے مدافعتی نظام کے بارے میں جانیں</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>replaces {id} version {version}</source>
        <translation>{id}، ورژن {version} کی جگہ لے گا</translation>
    </message>
    <message>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>تصویر پر لکھے لیبل</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>حوالے</translation>
    </message>
    <message>
        <source>page type or treatment status</source>
        <translation>صفحے کی قسم یا علاج کی منظوری کا درجہ</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>کوئز</translation>
    </message>
    <message>
        <source>text ({language})</source>
        <translation>متن ({language})</translation>
    </message>
    <message>
        <source>English words</source>
        <translation>انگریزی عبارت</translation>
    </message>
    <message>
        <source>Urdu words</source>
        <translation>اردو عبارت</translation>
    </message>
    <message>
        <source>+ topic {topic}</source>
        <translation>نیا موضوع: {topic}</translation>
    </message>
    <message>
        <source>- topic {topic}</source>
        <translation>موضوع ہٹ جائے گا: {topic}</translation>
    </message>
    <message>
        <source>+ page {page}</source>
        <translation>نیا صفحہ: {page}</translation>
    </message>
    <message>
        <source>- page {page}</source>
        <translation>صفحہ ہٹ جائے گا: {page}</translation>
    </message>
    <message>
        <source>~ page {page}: {what}</source>
        <translation>صفحہ {page} میں تبدیلی: {what}</translation>
    </message>
    <message>
        <source>~ topic {topic}: title, summary, icon or picture</source>
        <translation>~ موضوع {topic}: عنوان، خلاصہ، آئیکن یا تصویر</translation>
    </message>
    <message>
        <source>~ {what}</source>
        <translation>تبدیلی: {what}</translation>
    </message>
    <message>
        <source>no pages changed</source>
        <translation>کوئی صفحہ نہیں بدلا</translation>
    </message>
    <message>
        <source>New topic: {topic}</source>
        <translation>نیا موضوع: {topic}</translation>
    </message>
    <message>
        <source>Topic taken out: {topic}</source>
        <translation>موضوع نکال دیا گیا: {topic}</translation>
    </message>
    <message>
        <source>New page: {page} (in {topic})</source>
        <translation>نیا صفحہ: {page} ({topic} میں)</translation>
    </message>
    <message>
        <source>Page taken out: {page} (in {topic})</source>
        <translation>صفحہ نکال دیا گیا: {page} ({topic} میں)</translation>
    </message>
    <message>
        <source>Changed: {page} (in {topic}): {what}</source>
        <translation>تبدیلی: {page} ({topic} میں): {what}</translation>
    </message>
    <message>
        <source>Changed: the topic {topic} (its title, summary, icon or picture)</source>
        <translation>تبدیلی: موضوع {topic} (اس کا عنوان، خلاصہ، آئیکن یا تصویر)</translation>
    </message>
    <message>
        <source>Also changed: {what}</source>
        <translation>یہ بھی بدلا: {what}</translation>
    </message>
    <message>
        <source>from {old} to {new}</source>
        <translation>{old} سے {new} تک</translation>
    </message>
    <message>
        <source>{id} version {version}</source>
        <translation>{id}، ورژن {version}</translation>
    </message>
    <message>
        <source>pack title</source>
        <translation>پیک کا عنوان</translation>
    </message>
    <message>
        <source>medical review dates or reviewers</source>
        <translation>طبی جائزے کی تاریخیں یا جائزہ لینے والے</translation>
    </message>
    <message>
        <source>sources list</source>
        <translation>حوالوں کی فہرست</translation>
    </message>
    <message>
        <source>needs kiosk software {new} (was {old})</source>
        <translation>کیوسک سافٹ ویئر کا ورژن {new} درکار ہے (پہلے {old} درکار تھا)</translation>
    </message>
    <message>
        <source>topic order</source>
        <translation>موضوعات کی ترتیب</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>the update server answered {code} {reason} for {what}</source>
        <translation>اپ ڈیٹ سرور نے {what} کے لیے یہ جواب دیا: {code} {reason}</translation>
    </message>
    <message>
        <source>the channel&apos;s channel.json is damaged (not readable)</source>
        <translation>چینل کی channel.json فائل خراب ہے (پڑھی نہیں جا سکتی)</translation>
    </message>
    <message>
        <source>the channel uses format {format}; update the kiosk software to follow it</source>
        <translation>چینل فارمیٹ {format} استعمال کرتا ہے؛ اس چینل سے اپ ڈیٹس لینے کے لیے کیوسک کا سافٹ ویئر اپ ڈیٹ کریں</translation>
    </message>
    <message>
        <source>the channel&apos;s channel.json is damaged: {detail}</source>
        <translation>چینل کی channel.json فائل خراب ہے: {detail}</translation>
    </message>
    <message>
        <source>its end date &apos;{date}&apos; is not a date</source>
        <translation>اس کی مدت ختم ہونے کی تاریخ &apos;{date}&apos; کوئی درست تاریخ نہیں ہے</translation>
    </message>
    <message>
        <source>the channel&apos;s update list is not signed (it was made by an older kiosk-pack); publish it again with &apos;kiosk-pack publish --key&apos;</source>
        <translation>چینل کی اپ ڈیٹ فہرست پر دستخط نہیں ہیں (یہ kiosk-pack کے پرانے ورژن سے بنی تھی)؛ اسے &apos;kiosk-pack publish --key&apos; سے دوبارہ شائع کریں</translation>
    </message>
    <message>
        <source>the channel&apos;s update list has no signature</source>
        <translation>چینل کی اپ ڈیٹ فہرست پر کوئی دستخط نہیں ہے</translation>
    </message>
    <message>
        <source>the channel&apos;s update list {why}; it was not used</source>
        <translation>چینل کی اپ ڈیٹ فہرست: {why}؛ یہ استعمال نہیں کی گئی</translation>
    </message>
    <message>
        <source>say where kiosks will find this channel: --address https://… (the web address of the channel folder)</source>
        <translation>بتائیں کہ کیوسک یہ چینل کہاں سے لیں گے: ‎--address https://…‎ (چینل فولڈر کا ویب پتہ)</translation>
    </message>
    <message>
        <source>an update list can be valid for 1 to {most} days, not {days}</source>
        <translation>اپ ڈیٹ فہرست 1 سے {most} دن تک کے لیے درست ہو سکتی ہے، {days} دن کے لیے نہیں</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}: kiosks only accept signed packs from a channel; sign it first with &apos;kiosk-pack sign&apos;</source>
        <translation>{file}: کیوسک چینل سے صرف دستخط شدہ پیک قبول کرتے ہیں؛ پہلے &apos;kiosk-pack sign&apos; سے اس پر دستخط کریں</translation>
    </message>
    <message>
        <source>the update server sent the kiosk to &apos;{url}&apos;, which is not a web address</source>
        <translation>اپ ڈیٹ سرور نے کیوسک کو &apos;{url}&apos; پر بھیجا، جو کسی ویب سائٹ کا پتہ نہیں ہے</translation>
    </message>
    <message>
        <source>the update server {url} stopped sending the update list ({reason})</source>
        <translation>اپ ڈیٹ سرور {url} نے اپ ڈیٹ فہرست بھیجتے بھیجتے روک دی ({reason})</translation>
    </message>
    <message>
        <source>the channel&apos;s channel.json is too big</source>
        <translation>چینل کی channel.json فائل بہت بڑی ہے</translation>
    </message>
    <message>
        <source>cannot reach the update server {url} ({reason})</source>
        <translation>اپ ڈیٹ سرور {url} سے رابطہ نہیں ہو سکا ({reason})</translation>
    </message>
    <message>
        <source>{file} as the update server sent it does not match the update list (copies that did not match so far: {count}); the kiosk tries it again after {time}. Whoever publishes the channel should publish it again</source>
        <translation>اپ ڈیٹ سرور نے {file} کی جو نقل بھیجی وہ اپ ڈیٹ فہرست سے میل نہیں کھاتی (اب تک ایسی نقلیں: {count})؛ کیوسک اسے {time} کے بعد دوبارہ آزمائے گا۔ چینل شائع کرنے والے کو اسے دوبارہ شائع کرنا چاہیے</translation>
    </message>
    <message>
        <source>the update address &apos;{url}&apos; uses plain http://, which anyone on the network between could change; use https://, or, if this server is inside the clinic, staff can allow it as a local server</source>
        <translation>اپ ڈیٹ کا پتہ &apos;{url}&apos; سادہ ‎http://‎ استعمال کرتا ہے، اس لیے درمیان کے نیٹ ورک پر کوئی بھی اس پتے سے آنے والا مواد بدل سکتا ہے؛ ‎https://‎ استعمال کریں، یا اگر یہ سرور کلینک کے اندر ہے تو عملہ اسے مقامی سرور کے طور پر اجازت دے سکتا ہے</translation>
    </message>
    <message>
        <source>the update address &apos;{url}&apos; must start with https://</source>
        <translation>اپ ڈیٹ کا پتہ &apos;{url}&apos; ‎https://‎ سے شروع ہونا چاہیے</translation>
    </message>
    <message>
        <source>the server&apos;s name in the update address &apos;{url}&apos; has a space in it, which a server&apos;s name never has; check the address with IT</source>
        <translation>اپ ڈیٹ کے پتے &apos;{url}&apos; میں سرور کے نام میں خالی جگہ (اسپیس) ہے، جبکہ سرور کے نام میں کبھی خالی جگہ نہیں ہوتی؛ آئی ٹی سے پتہ چیک کروائیں</translation>
    </message>
    <message>
        <source>the server&apos;s name in the update address &apos;{url}&apos; is not one the kiosk can look up; check the address with IT</source>
        <translation>اپ ڈیٹ کے پتے &apos;{url}&apos; میں سرور کا نام ایسا نہیں جسے کیوسک تلاش کر سکے؛ آئی ٹی سے پتہ چیک کروائیں</translation>
    </message>
    <message>
        <source>the update address is empty</source>
        <translation>اپ ڈیٹ کا پتہ خالی ہے</translation>
    </message>
    <message>
        <source>the update address &apos;{url}&apos; is not a web address; it should look like https://updates.example.org/channel/</source>
        <translation>اپ ڈیٹ کا پتہ &apos;{url}&apos; کوئی ویب پتہ نہیں ہے؛ یہ ‎https://updates.example.org/channel/‎ جیسا ہونا چاہیے</translation>
    </message>
    <message>
        <source>the update list is for another channel ({addresses}), not this kiosk&apos;s address</source>
        <translation>یہ اپ ڈیٹ فہرست کسی اور چینل ({addresses}) کی ہے، اس کیوسک کے اپ ڈیٹ پتے کی نہیں</translation>
    </message>
    <message>
        <source>needs kiosk software {needed} or newer (this kiosk has {have}): update the kiosk software</source>
        <translation>کیوسک سافٹ ویئر {needed} یا اس سے نیا مانگتا ہے (اس کیوسک میں {have} ہے): کیوسک کا سافٹ ویئر اپ ڈیٹ کریں</translation>
    </message>
    <message>
        <source>was refused when it was downloaded</source>
        <translation>ڈاؤن لوڈ ہونے پر قبول نہیں کیا گیا</translation>
    </message>
    <message>
        <source>version {version} of {pack} {why}</source>
        <translation>{pack} کا ورژن {version} {why}</translation>
    </message>
    <message>
        <source>the update server took longer than {seconds} seconds to send {what}; the kiosk stopped waiting and will try again later</source>
        <translation>اپ ڈیٹ سرور نے {what} بھیجنے میں {seconds} سیکنڈ سے زیادہ لگا دیے؛ کیوسک نے انتظار چھوڑ دیا ہے اور بعد میں دوبارہ کوشش کرے گا</translation>
    </message>
    <message>
        <source>the server sent a different update list under the number {number} the kiosk already had</source>
        <translation>سرور نے نمبر {number} کے تحت ایک مختلف اپ ڈیٹ فہرست بھیجی، جبکہ اس نمبر کی فہرست کیوسک کے پاس پہلے سے موجود ہے</translation>
    </message>
    <message>
        <source>the server sent update list number {got}, older than number {had} the kiosk already had (an old copy, or one played back); if the channel folder was made again, publish its next list with --above {had}</source>
        <translation>سرور نے اپ ڈیٹ فہرست نمبر {got} بھیجی، جو کیوسک کے پاس پہلے سے موجود نمبر {had} سے پرانی ہے (کوئی پرانی نقل، یا دوبارہ بھیجی گئی پرانی فہرست)؛ اگر چینل کا فولڈر نئے سرے سے بنایا گیا ہے تو اگلی فہرست ‎--above {had}‎ کے ساتھ شائع کریں</translation>
    </message>
    <message>
        <source>the update list the server sent ran out on {date} by this kiosk&apos;s clock, which reads {today}: if that date is wrong, set the clock; if not, whoever publishes the channel must sign it again</source>
        <translation>اس کیوسک کی گھڑی کے مطابق سرور کی بھیجی ہوئی اپ ڈیٹ فہرست کی مدت {date} کو ختم ہو گئی: اگر کیوسک کی گھڑی کی تاریخ ({today}) غلط ہے تو گھڑی درست کریں؛ ورنہ چینل شائع کرنے والے کو اس پر دوبارہ دستخط کرنے ہوں گے</translation>
    </message>
    <message>
        <source>{why}; the kiosk keeps to update list {number}, in date until {date}</source>
        <translation>{why}؛ کیوسک اپ ڈیٹ فہرست نمبر {number} ہی استعمال کرتا رہے گا، جو {date} تک درست ہے</translation>
    </message>
    <message>
        <source>no fresh update list since {date}: {why}</source>
        <translation>{date} کے بعد سے کوئی تازہ اپ ڈیٹ فہرست نہیں ملی: {why}</translation>
    </message>
    <message>
        <source>no fresh update list yet: {why}</source>
        <translation>ابھی تک کوئی تازہ اپ ڈیٹ فہرست نہیں ملی: {why}</translation>
    </message>
    <message>
        <source>{file} is too big ({size} MB)</source>
        <translation>{file} بہت بڑی ہے ({size} MB)</translation>
    </message>
    <message>
        <source>the update server sent a web page, not {what}: the network may need signing in first (as many Wi-Fi networks do), or the address is wrong; sign in from a browser on this computer, or ask IT</source>
        <translation>اپ ڈیٹ سرور نے {what} کے بجائے ایک ویب صفحہ بھیجا: ہو سکتا ہے نیٹ ورک میں پہلے سائن اِن کرنا ہو (جیسا کہ بہت سے وائی فائی نیٹ ورکس میں ہوتا ہے)، یا پتہ غلط ہو؛ اس کمپیوٹر پر براؤزر سے سائن اِن کریں، یا آئی ٹی سے پوچھیں</translation>
    </message>
    <message>
        <source>the update server kept sending the kiosk from one address to another for {what} (answer {code}); ask IT to check the address</source>
        <translation>اپ ڈیٹ سرور {what} کے لیے کیوسک کو ایک پتے سے دوسرے پتے پر بھیجتا رہا (جواب {code})؛ آئی ٹی سے پتہ چیک کروائیں</translation>
    </message>
    <message>
        <source>the update server resumed {file} at the wrong place; it will be downloaded again from the start</source>
        <translation>اپ ڈیٹ سرور نے {file} کا ڈاؤن لوڈ غلط جگہ سے دوبارہ شروع کیا؛ اب یہ شروع سے دوبارہ ڈاؤن لوڈ ہو گی</translation>
    </message>
    <message>
        <source>download paused; it will resume later</source>
        <translation>ڈاؤن لوڈ روک دیا گیا ہے؛ یہ بعد میں وہیں سے جاری ہو گا</translation>
    </message>
    <message>
        <source>{file} is bigger than the channel says; refused</source>
        <translation>{file} چینل میں بتائے گئے سائز سے بڑی ہے؛ قبول نہیں کی گئی</translation>
    </message>
    <message>
        <source>the kiosk&apos;s disk is full; the download of {file} will resume when there is room</source>
        <translation>کیوسک کی ڈسک بھر گئی ہے؛ جگہ خالی ہونے پر {file} کا ڈاؤن لوڈ وہیں سے جاری ہو گا</translation>
    </message>
    <message>
        <source>the download of {file} was cut ({reason}); it will resume from {have} bytes next time</source>
        <translation>{file} کا ڈاؤن لوڈ بیچ میں رک گیا ({reason})؛ اگلی بار یہ {have} بائٹس سے آگے جاری ہو گا</translation>
    </message>
    <message>
        <source>the download of {file} was cut at {have} of {size} bytes; it will resume next time</source>
        <translation>{file} کا ڈاؤن لوڈ {size} میں سے {have} بائٹس پر رک گیا؛ اگلی بار یہ وہیں سے جاری ہو گا</translation>
    </message>
    <message>
        <source>is not the pack the channel says it is</source>
        <translation>وہ پیک نہیں ہے جو چینل نے بتایا تھا</translation>
    </message>
    <message>
        <source>{file} from the channel {why}; not installed</source>
        <translation>چینل سے آنے والی فائل {file}: {why}؛ انسٹال نہیں کی گئی</translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <source>Rub out</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>FolderCard</name>
    <message>
        <source>Folder: %1</source>
        <translation>فولڈر: %1</translation>
    </message>
    <message>
        <source>Reading this pack folder…</source>
        <translation>پیک کا فولڈر پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>This folder cannot be read as a pack:</source>
        <translation>یہ فولڈر پیک کے طور پر نہیں پڑھا جا سکتا:</translation>
    </message>
    <message>
        <source>%1, version %2 (a pack folder)</source>
        <translation>%1، ورژن %2 (پیک کا فولڈر)</translation>
    </message>
    <message>
        <source>A pack folder is a pack still being made. Preview it here, and record a person&apos;s voice for its pages if this kiosk has a microphone. To install it, build it into a .kpack file on a staff computer (kiosk-pack build).</source>
        <translation>پیک کا فولڈر ایسا پیک ہے جو ابھی تیار ہو رہا ہے۔ اس کی جھلک یہاں دیکھیں، اور اگر اس کیوسک کے ساتھ مائیکروفون ہو تو اس کے صفحات کے لیے کسی انسان کی آواز ریکارڈ کریں۔ اسے انسٹال کرنے کے لیے عملے کے کمپیوٹر پر اس سے ⁦.kpack⁩ فائل بنائیں (⁦kiosk-pack build⁩)۔</translation>
    </message>
    <message>
        <source>Preview and record</source>
        <translation>جھلک اور ریکارڈنگ</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Done. Patients will see the older version from the next start screen, when you close this panel.</source>
        <translation>ہو گیا۔ یہ پینل بند کرنے پر، اگلی شروعاتی اسکرین سے مریضوں کو پرانا ورژن نظر آئے گا۔</translation>
    </message>
    <message>
        <source>Could not go back; nothing was changed.</source>
        <translation>پچھلے ورژن پر واپس نہیں جا سکے؛ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Showing now: %1, version %2, installed %3 from %4.</source>
        <translation>ابھی دکھایا جا رہا ہے: %1، ورژن %2، جو %3 کو %4 سے انسٹال ہوا۔</translation>
    </message>
    <message>
        <source>Showing now: the pack that came with the kiosk (%1, version %2).</source>
        <translation>ابھی دکھایا جا رہا ہے: کیوسک کے ساتھ آنے والا پیک (%1، ورژن %2)۔</translation>
    </message>
    <message>
        <source>%1, version %2, installed %3 from %4</source>
        <translation>%1، ورژن %2، جو %3 کو %4 سے انسٹال ہوا</translation>
    </message>
    <message>
        <source>the pack that came with the kiosk (version %1)</source>
        <translation>کیوسک کے ساتھ آنے والا پیک (ورژن %1)</translation>
    </message>
    <message>
        <source>Older versions kept for going back (newest first):</source>
        <translation>واپس جانے کے لیے رکھے گئے پرانے ورژن (نئے پہلے):</translation>
    </message>
    <message>
        <source>There is no older version to go back to.</source>
        <translation>واپس جانے کے لیے کوئی پرانا ورژن موجود نہیں۔</translation>
    </message>
    <message>
        <source>Go back to the previous version? The version in use now will be deleted from the kiosk.</source>
        <translation>کیا پچھلے ورژن پر واپس جانا ہے؟ ابھی استعمال ہونے والا ورژن کیوسک سے مٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <source>a USB stick</source>
        <translation>یو ایس بی اسٹک</translation>
    </message>
    <message>
        <source>the update channel</source>
        <translation>اپ ڈیٹ چینل</translation>
    </message>
    <message>
        <source>Go back one version</source>
        <translation>ایک ورژن پیچھے جائیں</translation>
    </message>
    <message>
        <source>Yes, go back</source>
        <translation>ہاں، واپس جائیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>More topics in %1</source>
        <translation>مزید موضوعات %1 میں</translation>
    </message>
    <message>
        <source>Emergency? What to do now · call {emergency_number}</source>
        <translation>ایمرجنسی؟ ابھی کیا کریں · {emergency_number} پر فون کریں</translation>
    </message>
</context>
<context>
    <name>KeyDigitsEntry</name>
    <message>
        <source>These digits are not a key: one of them is mistyped. Check each group against the paper.</source>
        <translation>یہ ہندسے کسی درست کلید کے نہیں: کوئی ہندسہ غلط درج ہو گیا ہے۔ ہر گروپ کو کاغذ سے ملا کر دیکھیں۔</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%2 میں سے %1 ہندسے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Type the key&apos;s digits</source>
        <translation>کلید کے ہندسے درج کریں</translation>
    </message>
    <message>
        <source>Type the %1 digits that were printed when the key was made, in groups of five.</source>
        <translation>کلید بناتے وقت جو %1 ہندسے پرنٹ ہوئے تھے، انہیں پانچ پانچ کے گروپوں میں درج کریں۔</translation>
    </message>
</context>
<context>
    <name>KeyRow</name>
    <message>
        <source>A key with no name</source>
        <translation>بغیر نام کی کلید</translation>
    </message>
    <message>
        <source>%1
Fingerprint: %2</source>
        <translation>%1
شناختی کوڈ: %2</translation>
    </message>
    <message>
        <source>Stop trusting this key? Packs signed only with it can no longer be installed. The pack in use stays.</source>
        <translation>اس کلید پر اعتماد ختم کریں؟ جن پیکوں پر صرف اسی کے دستخط ہیں وہ اب انسٹال نہیں ہو سکیں گے۔ جو پیک اس وقت چل رہا ہے وہ نہیں ہٹے گا۔</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Yes, remove</source>
        <translation>ہاں، ہٹائیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>No key file (ending in .pub) was found at the top of a USB stick.</source>
        <translation>یو ایس بی اسٹک پر (کسی فولڈر کے اندر نہیں) کلید کی کوئی فائل (جس کے آخر میں ‎.pub ہو) نہیں ملی۔</translation>
    </message>
    <message>
        <source>%1 on the USB stick cannot be read as a kiosk key. Ask the key&apos;s owner for its .pub file again.</source>
        <translation>یو ایس بی اسٹک پر %1 کو کیوسک کی کلید کے طور پر پڑھا نہیں جا سکا۔ کلید کے مالک سے اس کی ‎.pub فائل دوبارہ مانگیں۔</translation>
    </message>
    <message>
        <source>The keys on the USB stick are already trusted.</source>
        <translation>یو ایس بی اسٹک والی کلیدوں پر پہلے ہی اعتماد کیا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>That key is already trusted.</source>
        <translation>اس کلید پر پہلے ہی اعتماد کیا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>The key could not be saved; nothing was changed.</source>
        <translation>کلید محفوظ نہیں ہو سکی؛ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Trusted. Packs signed with this key can now be installed.</source>
        <translation>کلید پر اعتماد کر لیا گیا۔ اس کلید سے دستخط شدہ پیک اب انسٹال ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The key could not be removed; nothing was changed.</source>
        <translation>کلید ہٹائی نہیں جا سکی؛ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Removed. This kiosk no longer trusts that key.</source>
        <translation>کلید ہٹا دی گئی۔ یہ کیوسک اب اس کلید پر اعتماد نہیں کرتا۔</translation>
    </message>
    <message>
        <source>Key file on the USB stick: %1</source>
        <translation>یو ایس بی اسٹک پر کلید کی فائل: %1</translation>
    </message>
    <message>
        <source>The key you typed.</source>
        <translation>وہ کلید جو آپ نے درج کی۔</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>نام: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>کوئی نام نہیں دیا گیا</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>شناختی کوڈ: %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the key&apos;s owner gave you (on paper or by phone). Trust it only if every letter and digit is the same.</source>
        <translation>یہ شناختی کوڈ (فنگر پرنٹ) اُس کوڈ سے ملائیں جو کلید کے مالک نے آپ کو دیا تھا (کاغذ پر یا فون پر)۔ اعتماد صرف تب کریں جب ہر حرف اور ہر ہندسہ بالکل ایک جیسا ہو۔</translation>
    </message>
    <message>
        <source>Packs can be installed only when they are signed with a key this kiosk trusts. These are the trusted keys:</source>
        <translation>پیک صرف تب انسٹال ہو سکتے ہیں جب ان پر کسی ایسی کلید کے دستخط ہوں جس پر یہ کیوسک اعتماد کرتا ہے۔ یہ قابلِ اعتماد کلیدیں ہیں:</translation>
    </message>
    <message>
        <source>No key is trusted yet, so no signed pack can be installed.</source>
        <translation>ابھی تک کسی کلید پر اعتماد نہیں کیا گیا، اس لیے کوئی دستخط شدہ پیک انسٹال نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Trust a new key</source>
        <translation>نئی کلید پر اعتماد کریں</translation>
    </message>
    <message>
        <source>From a USB stick</source>
        <translation>یو ایس بی اسٹک سے</translation>
    </message>
    <message>
        <source>Type its digits</source>
        <translation>اس کے ہندسے درج کریں</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>اس کلید پر اعتماد کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>انگریزی</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>پشتو</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <translation>سندھی</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>پنجابی</translation>
    </message>
    <message>
        <source>Saraiki</source>
        <translation>سرائیکی</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{first}, {rest}</source>
        <extracomment>(context, English template) -&gt; template in the reader&apos;s language.</extracomment>
        <translation>{first}، {rest}</translation>
    </message>
</context>
<context>
    <name>NumberEntry</name>
    <message>
        <source>Emergency number</source>
        <translation>ایمرجنسی نمبر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <source>Installed. Patients will see it from the next start screen, when you close this panel.</source>
        <translation>انسٹال ہو گیا۔ یہ پینل بند کرنے پر، اگلی شروعاتی اسکرین سے مریضوں کو یہ نظر آئے گا۔</translation>
    </message>
    <message>
        <source>Not installed. The kiosk still shows the same pack as before; nothing was lost.</source>
        <translation>انسٹال نہیں ہوا۔ کیوسک پہلے والا پیک ہی دکھا رہا ہے؛ کچھ ضائع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>فائل: %1</translation>
    </message>
    <message>
        <source>Checking this pack…</source>
        <translation>اس پیک کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>This file is still being copied (it changed while it was read). It is checked again when the copy is done.</source>
        <translation>یہ فائل ابھی کاپی ہو رہی ہے (پڑھتے وقت یہ بدل گئی)۔ کاپی مکمل ہونے پر اسے دوبارہ چیک کیا جائے گا۔</translation>
    </message>
    <message>
        <source>This file cannot be read as a pack. It may be damaged, or the USB stick was taken out.</source>
        <translation>یہ فائل پیک کے طور پر نہیں پڑھی جا سکتی۔ شاید یہ خراب ہے، یا یو ایس بی اسٹک نکال لی گئی ہے۔</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1، ورژن %2</translation>
    </message>
    <message>
        <source>Signed by %1&apos;s key (%2).</source>
        <translation>دستخط: %1 کی کلید (%2)۔</translation>
    </message>
    <message>
        <source>Signed by a trusted key (%2).</source>
        <translation>قابلِ اعتماد کلید سے دستخط شدہ (%2)۔</translation>
    </message>
    <message>
        <source>Signed by a key this kiosk does not know yet (%1), so the signature cannot be checked and it cannot be installed. Trust it? Add the key under Keys, after checking that its fingerprint is the one its maker gave you.</source>
        <translation>اس پر ایسی کلید کے دستخط ہیں جسے یہ کیوسک ابھی نہیں جانتا (%1)، اس لیے دستخط جانچے نہیں جا سکتے اور یہ انسٹال نہیں ہو سکتا۔ کیا اس کلید پر اعتماد کرنا ہے؟ پہلے دیکھ لیں کہ اس کا شناختی کوڈ وہی ہے جو کلید کے مالک نے دیا تھا، پھر «کلیدیں» والے حصے میں یہ کلید شامل کریں۔</translation>
    </message>
    <message>
        <source>Not signed: nobody vouches for this file.</source>
        <translation>دستخط نہیں: اس فائل کی کوئی ضمانت نہیں دیتا۔</translation>
    </message>
    <message>
        <source>Not signed: nobody vouches for this file. This kiosk is set not to install unsigned packs from USB, so it cannot be installed.</source>
        <translation>دستخط شدہ نہیں: اس فائل کی کوئی ضمانت نہیں دیتا۔ یہ کیوسک یو ایس بی سے بغیر دستخط کے پیک انسٹال نہ کرنے پر سیٹ ہے، اس لیے یہ انسٹال نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Damaged or changed after it was signed: do not use it. It will not be installed.</source>
        <translation>یہ خراب ہے یا دستخط کے بعد بدلا گیا ہے: اسے استعمال نہ کریں۔ یہ انسٹال نہیں ہو گا۔</translation>
    </message>
    <message>
        <source>Problems found (it cannot be installed):</source>
        <translation>مسائل ملے (اسے انسٹال نہیں کیا جا سکتا):</translation>
    </message>
    <message>
        <source>Checked: no problems found.</source>
        <translation>جانچ ہو گئی: کوئی مسئلہ نہیں ملا۔</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…اور %1 مزید</translation>
    </message>
    <message>
        <source>This is not newer than the pack in use (version %1).</source>
        <translation>یہ استعمال ہونے والے پیک (ورژن %1) سے نیا نہیں ہے۔</translation>
    </message>
    <message>
        <source>What would change:</source>
        <translation>کیا بدلے گا:</translation>
    </message>
    <message>
        <source>Warning: an unsigned pack could contain anything, including wrong medical advice. Install it only if you made it yourself or know who did.</source>
        <translation>خبردار: بغیر دستخط والے پیک میں کچھ بھی ہو سکتا ہے، غلط طبی مشورہ بھی۔ اسے صرف تب انسٹال کریں جب آپ نے اسے خود بنایا ہو یا آپ جانتے ہوں کہ کس نے بنایا ہے۔</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>جھلک دیکھیں</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>انسٹال کریں</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>پھر بھی انسٹال کریں</translation>
    </message>
    <message>
        <source>Don&apos;t install</source>
        <translation>انسٹال نہ کریں</translation>
    </message>
    <message>
        <source>Trust a key…</source>
        <translation>کلید پر اعتماد کریں…</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 میں سے %1</translation>
    </message>
    <message>
        <source>Packs on USB sticks (at the top of the stick or in a folder named %1) and in the kiosk&apos;s pack folder.</source>
        <translation>یو ایس بی اسٹک پر (سب سے اوپر یا %1 نامی فولڈر میں) اور کیوسک کے پیک فولڈر میں موجود پیک۔</translation>
    </message>
    <message>
        <source>No packs found yet. Put the USB stick in; packs appear here by themselves.</source>
        <translation>ابھی کوئی پیک نہیں ملا۔ یو ایس بی اسٹک لگائیں؛ پیک خود بخود یہاں نظر آ جائیں گے۔</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>دوبارہ تلاش کریں</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>پچھلے پیک</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>اگلے پیک</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <source>All topics</source>
        <translation>تمام موضوعات</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Page %1 of %2, part %3 of %4</source>
        <translation>%2 میں سے صفحہ %1، %4 میں سے حصہ %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 میں سے صفحہ %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>A PIN needs at least %1 digits.</source>
        <translation>پن میں کم از کم %1 ہندسے ہونے چاہئیں۔</translation>
    </message>
    <message>
        <source>Anyone could guess that PIN (like 1111, 1234 or a year). Please choose another.</source>
        <translation>یہ پن کوئی بھی اندازے سے جان سکتا ہے (جیسے 1111، 1234 یا کوئی سال)۔ براہِ کرم کوئی اور پن چنیں۔</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose a PIN again.</source>
        <translation>دونوں پن ایک جیسے نہیں تھے۔ براہِ کرم دوبارہ پن چنیں۔</translation>
    </message>
    <message>
        <source>The PIN could not be checked (the kiosk&apos;s disk refused it). Please try again, or ask IT.</source>
        <translation>پن جانچا نہیں جا سکا (کیوسک کی ڈسک نے قبول نہیں کیا)۔ دوبارہ کوشش کریں یا آئی ٹی عملے سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>The PIN could not be saved (the kiosk&apos;s disk refused it). Nothing was changed; please try again, or ask IT.</source>
        <translation>پن محفوظ نہیں ہو سکا (کیوسک کی ڈسک نے قبول نہیں کیا)۔ کچھ نہیں بدلا؛ دوبارہ کوشش کریں یا آئی ٹی عملے سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>The recovery code is right. Now choose a new PIN.</source>
        <translation>ریکوری کوڈ درست ہے۔ اب نیا پن چنیں۔</translation>
    </message>
    <message>
        <source>That recovery code is not right. Tries left before the pad rests: %1</source>
        <translation>یہ ریکوری کوڈ درست نہیں۔ پیڈ کے رکنے سے پہلے باقی کوششیں: %1</translation>
    </message>
    <message>
        <source>That PIN is not right. Tries left before the pad rests: %1</source>
        <translation>یہ پن درست نہیں۔ وقفے سے پہلے باقی کوششیں: %1</translation>
    </message>
    <message>
        <source>The staff PIN file is damaged, so the panel stays locked. Ask IT to delete staff.json in the kiosk&apos;s data folder; then a new PIN can be chosen.</source>
        <translation>عملے کے پن کی فائل خراب ہے، اس لیے پینل بند رہے گا۔ آئی ٹی سے کہیں کہ کیوسک کے ڈیٹا فولڈر سے staff.json مٹا دیں؛ پھر نیا پن چنا جا سکے گا۔</translation>
    </message>
    <message>
        <source>Too many wrong tries, so the pad is resting for safety. Please try again in %1 h %2 min. Nothing else has changed. IT can set a new PIN from the kiosk&apos;s computer (kiosk --set-pin).</source>
        <translation>بہت زیادہ غلط کوششیں ہوئیں، اس لیے حفاظت کے لیے پیڈ کچھ دیر کے لیے بند ہے۔ براہِ کرم %1 گھنٹے %2 منٹ بعد دوبارہ کوشش کریں۔ اس کے سوا کچھ نہیں بدلا۔ آئی ٹی والے کیوسک کے کمپیوٹر سے نیا پن لگا سکتے ہیں (⁦kiosk --set-pin⁩)۔</translation>
    </message>
    <message>
        <source>Too many wrong tries, so the pad is resting for safety. Please try again in %1 min %2 s. Nothing else has changed.</source>
        <translation>بہت زیادہ غلط کوششیں ہوئیں، اس لیے حفاظت کے لیے پیڈ کچھ دیر کے لیے بند ہے۔ براہِ کرم %1 منٹ %2 سیکنڈ بعد دوبارہ کوشش کریں۔ اس کے سوا کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>صرف عملے کے لیے</translation>
    </message>
    <message>
        <source>Staff PIN again</source>
        <translation>عملے کا پن دوبارہ</translation>
    </message>
    <message>
        <source>Forgotten PIN</source>
        <translation>پن بھول گئے</translation>
    </message>
    <message>
        <source>Choose a staff PIN</source>
        <translation>عملے کا پن چنیں</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>یہی پن دوبارہ درج کریں</translation>
    </message>
    <message>
        <source>Write down this recovery code</source>
        <translation>یہ ریکوری کوڈ لکھ لیں</translation>
    </message>
    <message>
        <source>Enter the staff PIN, then press OK.</source>
        <translation>عملے کا پن درج کریں، پھر «ٹھیک ہے» دبائیں۔</translation>
    </message>
    <message>
        <source>Trusting a key lets its owner change what patients read. Enter the staff PIN once more to confirm.</source>
        <translation>کسی کلید پر اعتماد کرنے سے اس کا مالک وہ بدل سکتا ہے جو مریض پڑھتے ہیں۔ تصدیق کے لیے عملے کا پن ایک بار پھر درج کریں۔</translation>
    </message>
    <message>
        <source>Choose a new PIN of 6 to 8 digits. Tell it only to the staff who need it.</source>
        <translation>6 سے 8 ہندسوں کا نیا پن چنیں۔ یہ صرف اُس عملے کو بتائیں جنہیں اس کی ضرورت ہے۔</translation>
    </message>
    <message>
        <source>This is the first start. Choose a PIN of 6 to 8 digits; staff will need it to open the staff panel.</source>
        <translation>کیوسک پہلی بار چل رہا ہے۔ 6 سے 8 ہندسوں کا پن چنیں؛ اسٹاف پینل کھولنے کے لیے عملے کو اس کی ضرورت ہو گی۔</translation>
    </message>
    <message>
        <source>Type the new PIN once more so we know it is right.</source>
        <translation>نیا پن ایک بار پھر درج کریں تاکہ یقین ہو جائے کہ یہ درست ہے۔</translation>
    </message>
    <message>
        <source>Type the 12-digit recovery code that was shown when the PIN was chosen. It works once.</source>
        <translation>وہ 12 ہندسوں کا ریکوری کوڈ درج کریں جو پن چنتے وقت دکھایا گیا تھا۔ یہ ایک ہی بار کام کرتا ہے۔</translation>
    </message>
    <message>
        <source>Keep it locked away. If the PIN is forgotten, it lets staff choose a new one, once. Then press OK.</source>
        <translation>اسے تالے میں رکھیں۔ پن بھولنے پر اس سے ایک بار نیا پن چنا جا سکتا ہے۔ پھر «ٹھیک ہے» دبائیں۔</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>پن بھول گئے؟</translation>
    </message>
</context>
<context>
    <name>PreviewOverlay</name>
    <message>
        <source>Opening the preview…</source>
        <translation>جھلک کھل رہی ہے…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Record a voice</source>
        <translation>آواز ریکارڈ کریں</translation>
    </message>
    <message>
        <source>This topic is not written in %1 yet: patients reading it are offered it in another language.</source>
        <translation>یہ موضوع ابھی %1 میں نہیں لکھا گیا: اس زبان کے قارئین کو یہ کسی اور زبان میں دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Voice: none recorded; the computer&apos;s own voice reads it if it has one for this language.</source>
        <translation>آواز: کوئی ریکارڈ نہیں؛ اگر کمپیوٹر کے پاس اس زبان کی آواز ہو تو وہ اسے پڑھ کر سناتا ہے۔</translation>
    </message>
    <message>
        <source>Voice: a machine&apos;s draft (%1); record a person&apos;s voice for patients.</source>
        <translation>آواز: مشین کا عارضی مسودہ (%1)؛ مریضوں کے لیے کسی انسان کی آواز ریکارڈ کریں۔</translation>
    </message>
    <message>
        <source>Voice: recorded by a person.</source>
        <translation>آواز: کسی انسان کی ریکارڈ کی ہوئی۔</translation>
    </message>
    <message>
        <source>This page is about %1% too long for this screen: shorten it or split it.</source>
        <translation>یہ صفحہ اس اسکرین کے لیے تقریباً %1% لمبا ہے: اسے مختصر کریں یا دو صفحوں میں بانٹ دیں۔</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>%1: page %2 of %3 (%4 of %5 in the pack)</source>
        <translation>%1: صفحہ %2 از %3 (پورے پیک میں %4 از %5)</translation>
    </message>
    <message>
        <source>The last save could not be shown; still showing the version before it:</source>
        <translation>آخری بار محفوظ کی گئی تبدیلی نہیں دکھائی جا سکی؛ اس سے پہلے والا ورژن ہی دکھایا جا رہا ہے:</translation>
    </message>
    <message>
        <source>To record a person&apos;s voice, plug in a microphone.</source>
        <translation>کسی انسان کی آواز ریکارڈ کرنے کے لیے مائیکروفون لگائیں۔</translation>
    </message>
    <message>
        <source>To record a person&apos;s voice, preview the pack&apos;s folder: a built .kpack file is never changed.</source>
        <translation>کسی انسان کی آواز ریکارڈ کرنے کے لیے پیک کا فولڈر کھولیں: بنی ہوئی ⁦.kpack⁩ فائل کبھی بدلی نہیں جاتی۔</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>پچھلا صفحہ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>اگلا صفحہ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview: %1</source>
        <translation>جھلک: %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{language}, {width}×{height} screen</source>
        <translation>{language}، {width}×{height} اسکرین</translation>
    </message>
    <message>
        <source>the topic title does not fit its tile ({where}); shorten it</source>
        <translation>موضوع کا عنوان اپنے خانے میں پورا نہیں آتا ({where})؛ اسے چھوٹا کریں</translation>
    </message>
    <message>
        <source>the topic summary does not fit its tile, so it is left out ({where}); shorten it</source>
        <translation>موضوع کا خلاصہ اپنے خانے میں پورا نہیں آتا، اس لیے دکھایا نہیں جاتا ({where})؛ اسے چھوٹا کریں</translation>
    </message>
    <message>
        <source>page {page}: &apos;{text}&apos; does not fit on screen ({where}); shorten it</source>
        <translation>صفحہ {page}: «{text}» اسکرین پر پورا نہیں آتا ({where})؛ اسے چھوٹا کریں</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <source>{language} is about {percent}% too long for a {shape} screen ({width}×{height}): shorten it or split the page</source>
        <translation>{language} متن {shape} اسکرین ({width}×{height}) کے لیے تقریباً {percent}% لمبا ہے: اسے مختصر کریں یا صفحہ دو حصوں میں بانٹ دیں</translation>
    </message>
    <message>
        <source>promises too much: &apos;{excerpt}&apos;. A kiosk must not promise a cure, a guarantee, a miracle or no side effects; say what is known, and cite the source</source>
        <translation>اس میں حد سے بڑھ کر وعدہ کیا گیا ہے: «{excerpt}»۔ کیوسک پر مکمل شفا، ضمانت، معجزے یا کوئی سائیڈ ایفیکٹ نہ ہونے کا وعدہ نہیں ہونا چاہیے؛ وہی لکھیں جو معلوم ہے، اور حوالہ دیں</translation>
    </message>
    <message>
        <source>is too big ({size} MB; at most {limit} MB)</source>
        <translation>سائز بہت زیادہ ہے ({size} MB؛ زیادہ سے زیادہ {limit} MB)</translation>
    </message>
    <message>
        <source>is damaged; copy the pack again</source>
        <translation>خراب ہے؛ پیک دوبارہ کاپی کریں</translation>
    </message>
    <message>
        <source>could not be installed: the kiosk&apos;s disk is full. Free some space (or ask IT), then try again; the current pack is still in use</source>
        <translation>انسٹال نہیں ہو سکی: کیوسک کی ڈسک بھر گئی ہے۔ کچھ جگہ خالی کریں (یا آئی ٹی سے کہیں)، پھر دوبارہ کوشش کریں؛ موجودہ پیک ابھی بھی استعمال میں ہے</translation>
    </message>
    <message>
        <source>has a name with invisible characters</source>
        <translation>نام میں نظر نہ آنے والے حروف ہیں</translation>
    </message>
    <message>
        <source>has a name with a backslash (\); only forward slashes are allowed</source>
        <translation>نام میں بیک سلیش (\) ہے؛ صرف فارورڈ سلیش (/) کی اجازت ہے</translation>
    </message>
    <message>
        <source>has a name starting at the top of the disk (an absolute path)</source>
        <translation>نام ڈسک کے سب سے اوپر والے فولڈر سے شروع ہوتا ہے (absolute path)</translation>
    </message>
    <message>
        <source>has a name with a drive letter</source>
        <translation>نام میں ڈرائیو کا حرف ہے (جیسے ⁦C:⁩)</translation>
    </message>
    <message>
        <source>has a name with a character Windows does not allow (&lt; &gt; : &quot; | ? *)</source>
        <translation>نام میں ایسا حرف ہے جس کی ونڈوز اجازت نہیں دیتا (&lt; &gt; : &quot; | ? *)</translation>
    </message>
    <message>
        <source>has a name that climbs out of its folder (&apos;..&apos;) or is empty</source>
        <translation>نام اپنے فولڈر سے باہر نکلتا ہے (&apos;..&apos;) یا خالی ہے</translation>
    </message>
    <message>
        <source>has a name Windows keeps for devices (like CON or NUL)</source>
        <translation>نام ونڈوز میں آلات کے لیے مخصوص ہے (جیسے CON یا NUL)</translation>
    </message>
    <message>
        <source>has a name ending in a space or dot</source>
        <translation>نام کے آخر میں اسپیس یا نقطہ ہے</translation>
    </message>
    <message>
        <source>has a name that is too long</source>
        <translation>نام بہت لمبا ہے</translation>
    </message>
    <message>
        <source>has &apos;{first}&apos; and &apos;{second}&apos;, whose names differ only in capital letters: on Windows one would overwrite the other; rename one</source>
        <translation>اس میں &apos;{first}&apos; اور &apos;{second}&apos; دونوں ہیں، جن کے نام صرف بڑے چھوٹے حروف میں مختلف ہیں: ونڈوز پر ایک فائل دوسری کو مٹا دے گی؛ ان میں سے ایک کا نام بدلیں</translation>
    </message>
    <message>
        <source>is a shortcut (symlink); packs must hold real folders</source>
        <translation>شارٹ کٹ (symlink) ہے؛ پیک میں اصل فولڈر ہونے چاہئیں</translation>
    </message>
    <message>
        <source>is not an ordinary file</source>
        <translation>عام فائل نہیں ہے</translation>
    </message>
    <message>
        <source>changed while the pack was being built; build again</source>
        <translation>پیک بنتے وقت بدل گئی؛ پیک دوبارہ بنائیں</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>فائل نہیں ہے</translation>
    </message>
    <message>
        <source>is not a pack file (.kpack), or it was cut short while copying; copy it again</source>
        <translation>پیک فائل (⁦.kpack⁩) نہیں ہے، یا کاپی کرتے وقت ادھوری رہ گئی؛ اسے دوبارہ کاپی کریں</translation>
    </message>
    <message>
        <source>has too many files ({count}; at most {limit})</source>
        <translation>اس میں بہت زیادہ فائلیں ہیں ({count}؛ زیادہ سے زیادہ {limit})</translation>
    </message>
    <message>
        <source>has the file &apos;{inner}&apos; twice; a pack file must not contain duplicates</source>
        <translation>اس میں فائل &apos;{inner}&apos; دو بار ہے؛ پیک فائل میں کوئی فائل دو بار نہیں ہونی چاہیے</translation>
    </message>
    <message>
        <source>is a folder entry; packs list files only</source>
        <translation>فولڈر کا اندراج ہے؛ پیک میں صرف فائلیں درج ہوتی ہیں</translation>
    </message>
    <message>
        <source>is not part of the pack format</source>
        <translation>پیک کے فارمیٹ کا حصہ نہیں ہے</translation>
    </message>
    <message>
        <source>is password-protected; packs cannot be</source>
        <translation>پاس ورڈ سے محفوظ ہے؛ پیک پر پاس ورڈ نہیں لگایا جا سکتا</translation>
    </message>
    <message>
        <source>is compressed in a way the kiosk does not read</source>
        <translation>ایسے طریقے سے کمپریس کی گئی ہے جو کیوسک نہیں پڑھ سکتا</translation>
    </message>
    <message>
        <source>is too big ({size} MB unpacked)</source>
        <translation>کھلنے کے بعد بہت بڑی ہے ({size} MB)</translation>
    </message>
    <message>
        <source>unpacks to far more than its packed size (a &apos;zip bomb&apos;); refused</source>
        <translation>کھلنے پر اپنے کمپریس شدہ سائز سے کہیں زیادہ بڑی ہو جاتی ہے (zip bomb)؛ قبول نہیں کی گئی</translation>
    </message>
    <message>
        <source>unpacks to too much ({size} MB; at most {limit} MB)</source>
        <translation>کھلنے پر کل سائز بہت زیادہ بنتا ہے ({size} MB؛ زیادہ سے زیادہ {limit} MB)</translation>
    </message>
    <message>
        <source>is listed twice in the manifest</source>
        <translation>فائلوں کی فہرست (manifest) میں دو بار درج ہے</translation>
    </message>
    <message>
        <source>is listed in the manifest but missing from the pack file</source>
        <translation>فائلوں کی فہرست (manifest) میں درج ہے لیکن پیک فائل میں موجود نہیں</translation>
    </message>
    <message>
        <source>has a different size from the manifest (damaged or altered)</source>
        <translation>سائز فائلوں کی فہرست (manifest) سے مختلف ہے (خراب ہے یا بدلی گئی ہے)</translation>
    </message>
    <message>
        <source>is not listed in the manifest (added after the pack was built)</source>
        <translation>فائلوں کی فہرست (manifest) میں درج نہیں (پیک بننے کے بعد شامل کی گئی)</translation>
    </message>
    <message>
        <source>is bigger than the manifest says (damaged or altered)</source>
        <translation>فائلوں کی فہرست (manifest) میں لکھے سائز سے بڑی ہے (خراب ہے یا بدلی گئی ہے)</translation>
    </message>
    <message>
        <source>is damaged inside the pack file; copy the pack again</source>
        <translation>پیک فائل کے اندر خراب ہے؛ پیک دوبارہ کاپی کریں</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); copy the pack again</source>
        <translation>پڑھی نہیں جا سکتی ({reason})؛ پیک دوبارہ کاپی کریں</translation>
    </message>
    <message>
        <source>does not match its checksum in the manifest (damaged or altered)</source>
        <translation>فائلوں کی فہرست (manifest) میں دیے گئے چیک سم (checksum) سے میل نہیں کھاتی (خراب ہے یا بدلی گئی ہے)</translation>
    </message>
    <message>
        <source>points outside the pack</source>
        <translation>پیک سے باہر کی طرف اشارہ کرتی ہے</translation>
    </message>
    <message>
        <source>lists two files that would land in the same place (names differing only by case?)</source>
        <translation>اس میں دو فائلیں ایسی ہیں جو کھلنے پر ایک ہی جگہ محفوظ ہوں گی (شاید ان کے ناموں میں صرف انگریزی کے چھوٹے بڑے حروف کا فرق ہے؟)</translation>
    </message>
    <message>
        <source>could not be written to the kiosk&apos;s disk ({reason}); the current pack is still in use</source>
        <translation>کیوسک کی ڈسک پر محفوظ نہیں ہو سکی ({reason})؛ موجودہ پیک ابھی بھی استعمال میں ہے</translation>
    </message>
    <message>
        <source>has no {inner}; it is not a pack file made by &apos;kiosk-pack build&apos;</source>
        <translation>اس میں {inner} نہیں ہے؛ یہ &apos;kiosk-pack build&apos; سے بنی پیک فائل نہیں ہے</translation>
    </message>
    <message>
        <source>is too big</source>
        <translation>بہت بڑی ہے</translation>
    </message>
    <message>
        <source>is damaged (not readable); build the pack again</source>
        <translation>خراب ہے (پڑھی نہیں جا سکتی)؛ پیک دوبارہ بنائیں</translation>
    </message>
    <message>
        <source>is damaged (wrong layout)</source>
        <translation>خراب ہے (ڈھانچہ غلط ہے)</translation>
    </message>
    <message>
        <source>has an image in the text; put pictures in &apos;illustration&apos; instead</source>
        <translation>متن کے اندر تصویر ہے؛ تصویریں اس کے بجائے &apos;illustration&apos; میں رکھیں</translation>
    </message>
    <message>
        <source>has a link; patients cannot follow links, so write the words out</source>
        <translation>اس میں لنک ہے؛ مریض لنک نہیں کھول سکتے، اس لیے پوری بات لکھ دیں</translation>
    </message>
    <message>
        <source>has HTML in it; use plain Markdown only</source>
        <translation>اس میں HTML ہے؛ صرف سادہ Markdown استعمال کریں</translation>
    </message>
    <message>
        <source>has a web address; put sources in pack.toml [sources], not in the text</source>
        <translation>اس میں ویب سائٹ کا پتہ ہے؛ حوالے متن میں نہیں بلکہ pack.toml کے [sources] میں لکھیں</translation>
    </message>
    <message>
        <source>is too long for one screen ({count} characters, at most {limit}); split it into two pages</source>
        <translation>متن ایک اسکرین کے لیے بہت لمبا ہے ({count} حروف، زیادہ سے زیادہ {limit})؛ اسے دو صفحوں میں بانٹ دیں</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>خالی ہے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is missing</source>
        <translation>&apos;{field}&apos; موجود نہیں ہے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not something a pack can have here (check the spelling)</source>
        <translation>&apos;{field}&apos; یہاں پیک میں نہیں ہو سکتا (ہجے چیک کریں)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be text in quotes</source>
        <translation>&apos;{field}&apos; کوٹیشن مارکس (&quot; &quot;) کے اندر لکھا متن ہونا چاہیے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is empty</source>
        <translation>&apos;{field}&apos; خالی ہے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too long</source>
        <translation>&apos;{field}&apos; بہت لمبا ہے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has characters that are not allowed ({hint})</source>
        <translation>&apos;{field}&apos; میں ایسے حروف ہیں جن کی اجازت نہیں ({hint})</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a whole number</source>
        <translation>&apos;{field}&apos; پورا عدد ہونا چاہیے (اعشاریہ کے بغیر)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be true or false</source>
        <translation>&apos;{field}&apos; کی قیمت true یا false ہونی چاہیے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a number</source>
        <translation>&apos;{field}&apos; عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too small</source>
        <translation>&apos;{field}&apos; بہت چھوٹا ہے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too large</source>
        <translation>&apos;{field}&apos; بہت بڑا ہے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a list in square brackets</source>
        <translation>&apos;{field}&apos; چوکور بریکٹ [ ] میں لکھی فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; needs at least one entry</source>
        <translation>&apos;{field}&apos; میں کم از کم ایک اندراج ہونا چاہیے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has too many entries</source>
        <translation>&apos;{field}&apos; میں بہت زیادہ اندراجات ہیں</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a date like 2026-11-24</source>
        <translation>&apos;{field}&apos; 2026-11-24 جیسی تاریخ ہونی چاہیے</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be one of: {expected}</source>
        <translation>&apos;{field}&apos; ان میں سے کوئی ایک ہونا چاہیے: {expected}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a table</source>
        <translation>&apos;{field}&apos; ٹیبل (table) ہونا چاہیے</translation>
    </message>
    <message>
        <source>use small letters, digits and dashes</source>
        <translation>انگریزی کے چھوٹے حروف، ہندسے اور ڈیش (-) استعمال کریں</translation>
    </message>
    <message>
        <source>use an icon name like fa5s.heartbeat</source>
        <translation>fa5s.heartbeat جیسا آئیکن کا نام استعمال کریں</translation>
    </message>
    <message>
        <source>use a version like 0.1.0</source>
        <translation>0.1.0 جیسا ورژن استعمال کریں</translation>
    </message>
    <message>
        <source>see docs/content-packs.md</source>
        <translation>docs/content-packs.md دیکھیں</translation>
    </message>
    <message>
        <source>has {count} problems; the first {shown} are listed</source>
        <translation>اس میں {count} مسائل ہیں؛ پہلے {shown} یہاں درج ہیں</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; {detail}</source>
        <translation>&apos;{field}&apos;: {detail}</translation>
    </message>
    <message>
        <source>is not valid TOML: {detail}. Check quotes, brackets and &apos;=&apos; signs</source>
        <translation>درست TOML نہیں ہے: {detail}۔ کوٹیشن مارکس، بریکٹ اور &apos;=&apos; کے نشان چیک کریں</translation>
    </message>
    <message>
        <source>is too big ({size} KB; at most {limit} KB)</source>
        <translation>سائز بہت زیادہ ہے ({size} KB؛ زیادہ سے زیادہ {limit} KB)</translation>
    </message>
    <message>
        <source>is not saved as UTF-8 text; save it again choosing UTF-8</source>
        <translation>UTF-8 متن کے طور پر محفوظ نہیں ہے؛ دوبارہ محفوظ کرتے وقت UTF-8 چنیں</translation>
    </message>
    <message>
        <source>is shaped far beyond any pack&apos;s ({reason}); refused unread</source>
        <translation>اس کی بناوٹ کسی بھی پیک سے کہیں زیادہ پیچیدہ ہے ({reason})؛ اسے پڑھے بغیر رد کر دیا گیا</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has no text in {languages}; add {example}</source>
        <translation>&apos;{field}&apos; میں {languages} کا متن نہیں؛ {example} شامل کریں</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has text in {languages}, which pack.toml&apos;s &apos;languages&apos; does not list</source>
        <translation>&apos;{field}&apos; میں {languages} کا متن ہے، جو pack.toml کی &apos;languages&apos; فہرست میں نہیں</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has text in {languages}, which the topic&apos;s &apos;languages&apos; does not list: add it there, or remove the text</source>
        <translation>&apos;{field}&apos; میں {languages} کا متن ہے، جو موضوع کی &apos;languages&apos; فہرست میں نہیں: وہاں شامل کریں، یا یہ متن ہٹا دیں</translation>
    </message>
    <message>
        <source>icon &apos;{icon}&apos; is not a Font Awesome 5 icon; pick one at fontawesome.com/v5/search (free icons)</source>
        <translation>آئیکن &apos;{icon}&apos; ⁦Font Awesome 5⁩ کا آئیکن نہیں ہے؛ ⁦fontawesome.com/v5/search⁩ سے کوئی مفت آئیکن چنیں</translation>
    </message>
    <message>
        <source>illustration &apos;{name}&apos; points outside the pack</source>
        <translation>تصویر &apos;{name}&apos; پیک سے باہر کی طرف اشارہ کرتی ہے</translation>
    </message>
    <message>
        <source>illustration &apos;{name}&apos; must be an SVG drawing</source>
        <translation>تصویر &apos;{name}&apos; SVG ڈرائنگ ہونی چاہیے</translation>
    </message>
    <message>
        <source>illustration &apos;{name}&apos; is missing</source>
        <translation>تصویر &apos;{name}&apos; موجود نہیں ہے</translation>
    </message>
    <message>
        <source>illustration &apos;{name}&apos; is too big (at most {limit} MB)</source>
        <translation>تصویر &apos;{name}&apos; بہت بڑی ہے (زیادہ سے زیادہ {limit} MB)</translation>
    </message>
    <message>
        <source>page &apos;{page}&apos; gives both one status for the page and a status for each treatment; keep the [[pages.treatments]] and remove &apos;status&apos;</source>
        <translation>صفحہ &apos;{page}&apos; پورے صفحے کی ایک حیثیت بھی دیتا ہے اور ہر علاج کی الگ حیثیت بھی؛ [[pages.treatments]] رکھیں اور &apos;status&apos; ہٹا دیں</translation>
    </message>
    <message>
        <source>is in {language}, which the topic&apos;s &apos;languages&apos; does not list: add it there, or remove the file</source>
        <translation>{language} میں ہے، جو موضوع کی &apos;languages&apos; فہرست میں نہیں: وہاں شامل کریں، یا یہ فائل ہٹا دیں</translation>
    </message>
    <message>
        <source>gives timings for a narration that is not there; add {page}.{lang}.ogg or remove this file</source>
        <translation>ایسی آواز کے اوقات دیتی ہے جو موجود نہیں؛ {page}.{lang}.ogg شامل کریں یا یہ فائل ہٹا دیں</translation>
    </message>
    <message>
        <source>folder is missing</source>
        <translation>فولڈر موجود نہیں ہے</translation>
    </message>
    <message>
        <source>lists its own &apos;languages&apos;, which needs format = 2 in pack.toml</source>
        <translation>اپنی &apos;languages&apos; فہرست دیتا ہے، جس کے لیے pack.toml میں format = 2 ضروری ہے</translation>
    </message>
    <message>
        <source>&apos;languages&apos; lists {languages}, which pack.toml&apos;s &apos;languages&apos; does not</source>
        <translation>&apos;languages&apos; میں {languages} درج ہے، جو pack.toml کی &apos;languages&apos; میں نہیں</translation>
    </message>
    <message>
        <source>has two pages called &apos;{page}&apos;</source>
        <translation>اس میں &apos;{page}&apos; نام کے دو صفحے ہیں</translation>
    </message>
    <message>
        <source>page &apos;{page}&apos; cites {keys}, which pack.toml [sources] does not list</source>
        <translation>صفحہ &apos;{page}&apos; میں {keys} کا حوالہ ہے، جو pack.toml کے [sources] میں درج نہیں</translation>
    </message>
    <message>
        <source>describes the language &apos;{code}&apos;, which &apos;languages&apos; does not list</source>
        <translation>زبان &apos;{code}&apos; کی تفصیل دیتا ہے، جو &apos;languages&apos; میں درج نہیں</translation>
    </message>
    <message>
        <source>[language.{code}] cannot record a review: record the clinician&apos;s or the Urdu translator&apos;s check with kiosk-pack review, in [[review.signoffs]]</source>
        <translation>[language.{code}] میں جانچ درج نہیں ہو سکتی: معالج یا اردو مترجم کی جانچ kiosk-pack review سے [[review.signoffs]] میں درج کریں</translation>
    </message>
    <message>
        <source>the kiosk does not know the language &apos;{code}&apos;: describe it under [language.{code}] with {keys}</source>
        <translation>کیوسک زبان &apos;{code}&apos; کو نہیں جانتا: [language.{code}] کے تحت {keys} کے ساتھ اس کی تفصیل لکھیں</translation>
    </message>
    <message>
        <source>the kiosk already knows &apos;{code}&apos; (its direction, and the font {font}); remove &apos;direction&apos; and &apos;font&apos; from [language.{code}]</source>
        <translation>کیوسک &apos;{code}&apos; کو پہلے سے جانتا ہے (اس کی سمت، اور فونٹ {font})؛ [language.{code}] سے &apos;direction&apos; اور &apos;font&apos; ہٹا دیں</translation>
    </message>
    <message>
        <source>has languages beyond English and Urdu (or describes them): write format = 2, which older kiosks know to refuse plainly</source>
        <translation>اس میں انگریزی اور اردو کے علاوہ زبانیں ہیں (یا ان کی تفصیل ہے): format = 2 لکھیں، جسے پرانے کیوسک صاف الفاظ میں رد کرتے ہیں</translation>
    </message>
    <message>
        <source>no topic is written in &apos;{code}&apos;: list it in a topic&apos;s &apos;languages&apos;, or remove it from the pack&apos;s</source>
        <translation>کوئی موضوع &apos;{code}&apos; میں نہیں لکھا گیا: اسے کسی موضوع کی &apos;languages&apos; میں درج کریں، یا پیک کی فہرست سے ہٹا دیں</translation>
    </message>
    <message>
        <source>holds the emergency page, so it must be in every language of the pack; add {languages}</source>
        <translation>اس میں ایمرجنسی والا صفحہ ہے، اس لیے اسے پیک کی ہر زبان میں ہونا چاہیے؛ {languages} شامل کریں</translation>
    </message>
    <message>
        <source>emergency_page &apos;{page}&apos; is not a page of this pack; give it as topic/page</source>
        <translation>emergency_page &apos;{page}&apos; اس پیک کا کوئی صفحہ نہیں؛ اسے topic/page کی شکل میں لکھیں</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {message}</source>
        <translation>{file}، سطر {line}: {message}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>پڑھی نہیں جا سکتی ({reason})</translation>
    </message>
    <message>
        <source>is not a pack folder</source>
        <translation>پیک فولڈر نہیں ہے</translation>
    </message>
    <message>
        <source>its manifest and its pack.toml disagree about the pack&apos;s id, version or min_app_version</source>
        <translation>اس کی فائلوں کی فہرست (manifest) اور pack.toml میں پیک کی id، ورژن یا min_app_version ایک جیسے نہیں</translation>
    </message>
    <message>
        <source>is a shortcut (symlink); packs must hold real files</source>
        <translation>شارٹ کٹ (symlink) ہے؛ پیک میں اصل فائلیں ہونی چاہئیں</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>موجود نہیں ہے</translation>
    </message>
    <message>
        <source>uses pack format {format}, but this kiosk reads format {known}; update the kiosk software first</source>
        <translation>اس میں پیک فارمیٹ {format} استعمال ہوا ہے، لیکن یہ کیوسک فارمیٹ {known} پڑھتا ہے؛ پہلے کیوسک کا سافٹ ویئر اپ ڈیٹ کریں</translation>
    </message>
    <message>
        <source>another pack install is running; wait for it to finish</source>
        <translation>ایک اور پیک انسٹال ہو رہا ہے؛ اس کے مکمل ہونے کا انتظار کریں</translation>
    </message>
    <message>
        <source>changed after it was checked (another copy may have replaced it), so it was not installed. Check it again and look at what it is now before installing it</source>
        <translation>جانچ کے بعد بدل گیا ہے (ہو سکتا ہے کسی اور کاپی نے اس کی جگہ لے لی ہو)، اس لیے انسٹال نہیں ہوا۔ اسے دوبارہ جانچیں، اور انسٹال کرنے سے پہلے دیکھیں کہ اب یہ کیا ہے</translation>
    </message>
    <message>
        <source>needs kiosk software version {needed} or newer; this kiosk has {have}. Update the kiosk software first</source>
        <translation>کیوسک سافٹ ویئر کا ورژن {needed} یا اس سے نیا درکار ہے؛ اس کیوسک میں ورژن {have} ہے۔ پہلے کیوسک کا سافٹ ویئر اپ ڈیٹ کریں</translation>
    </message>
    <message>
        <source>{why}. The pack was not installed</source>
        <translation>{why}۔ پیک انسٹال نہیں ہوا</translation>
    </message>
    <message>
        <source>{why}; sign it with &apos;kiosk-pack sign&apos;, or allow unsigned packs from USB in the kiosk&apos;s settings. The pack was not installed</source>
        <translation>{why}؛ اس پر &apos;kiosk-pack sign&apos; سے دستخط کریں، یا کیوسک کی ترتیبات میں یو ایس بی سے بغیر دستخط والے پیک کی اجازت دیں۔ پیک انسٹال نہیں ہوا</translation>
    </message>
    <message>
        <source>is version {version}, which is not newer than the pack in use (version {current}). To go back to an older version, use rollback</source>
        <translation>ورژن {version} ہے، جو استعمال ہونے والے پیک (ورژن {current}) سے نیا نہیں ہے۔ پرانے ورژن پر واپس جانے کے لیے «ایک ورژن پیچھے جائیں» استعمال کریں</translation>
    </message>
    <message>
        <source>is version {version}, but this kiosk has had version {highest} of this pack (staff may have gone back from it on purpose); the update channel only brings newer versions</source>
        <translation>ورژن {version} ہے، لیکن اس کیوسک پر اس پیک کا ورژن {highest} پہلے آ چکا ہے (ہو سکتا ہے عملہ جان بوجھ کر اس سے پچھلے ورژن پر واپس گیا ہو)؛ اپ ڈیٹ چینل صرف نئے ورژن لاتا ہے</translation>
    </message>
    <message>
        <source>could not be installed: the kiosk&apos;s disk is full ({free} MB free, {need} MB needed). Free some space, then try again; the current pack is still in use</source>
        <translation>انسٹال نہیں ہو سکی: کیوسک کی ڈسک بھر گئی ہے ({free} MB خالی، {need} MB درکار)۔ کچھ جگہ خالی کریں، پھر دوبارہ کوشش کریں؛ موجودہ پیک ابھی بھی استعمال میں ہے</translation>
    </message>
    <message>
        <source>there is nothing to roll back to: the kiosk is already showing the pack that came with it</source>
        <translation>واپس جانے کے لیے کوئی پرانا ورژن نہیں: کیوسک پہلے ہی اپنے ساتھ آنے والا پیک دکھا رہا ہے</translation>
    </message>
    <message>
        <source>is too big ({size} MB; at most {limit} MB); export it again as plain SVG</source>
        <translation>بہت بڑی ہے ({size} MB؛ زیادہ سے زیادہ {limit} MB)؛ اسے دوبارہ سادہ SVG کے طور پر ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>contains a DOCTYPE or ENTITY declaration; save it again as plain SVG</source>
        <translation>اس میں DOCTYPE یا ENTITY ڈیکلریشن ہے؛ اسے دوبارہ سادہ SVG کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>is damaged or is not an SVG drawing; export it again as SVG</source>
        <translation>خراب ہے یا SVG ڈرائنگ نہیں ہے؛ اسے دوبارہ SVG کے طور پر ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>is not an SVG drawing; export it again as SVG</source>
        <translation>SVG ڈرائنگ نہیں ہے؛ اسے دوبارہ SVG کے طور پر ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>asks for far more drawing than any picture needs ({reason}); the kiosk would stop on its page. Export it again as plain SVG</source>
        <translation>یہ تصویر کسی بھی تصویر کی ضرورت سے کہیں زیادہ بنانے کا کام مانگتی ہے ({reason})؛ اس کے صفحے پر کیوسک رک جائے گا۔ اسے دوبارہ سادہ SVG کے طور پر ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>contains &lt;{tag}&gt;, which the kiosk does not show; export it again as plain SVG</source>
        <translation>اس میں &lt;{tag}&gt; ہے، جو کیوسک نہیں دکھاتا؛ اسے دوبارہ سادہ SVG کے طور پر ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>links to a picture outside the drawing; the kiosk cannot show it</source>
        <translation>اس میں ڈرائنگ سے باہر کی کسی تصویر کا لنک ہے؛ کیوسک اسے نہیں دکھا سکتا</translation>
    </message>
    <message>
        <source>is a kind of sound file the kiosk does not play; save it as Ogg Opus (.ogg) or MP3</source>
        <translation>ایسی قسم کی آواز کی فائل ہے جو کیوسک نہیں چلاتا؛ اسے Ogg Opus (.ogg) یا MP3 کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>is a kind of picture the kiosk does not show; pictures must be SVG drawings</source>
        <translation>ایسی قسم کی تصویر ہے جو کیوسک نہیں دکھاتا؛ تصویریں SVG ڈرائنگ ہونی چاہئیں</translation>
    </message>
    <message>
        <source>is not named like a narration; name it after its page and language, like {example}</source>
        <translation>کا نام آواز کی فائل جیسا نہیں؛ اس کا نام اس کے صفحے اور زبان کے مطابق رکھیں، جیسے {example}</translation>
    </message>
    <message>
        <source>is narration for a page &apos;{page}&apos; that this topic does not have</source>
        <translation>صفحہ &apos;{page}&apos; کی آواز ہے، جو اس موضوع میں موجود نہیں</translation>
    </message>
    <message>
        <source>is narration in &apos;{lang}&apos;, a language the pack does not have</source>
        <translation>&apos;{lang}&apos; زبان میں آواز ہے، جو اس پیک میں شامل نہیں</translation>
    </message>
    <message>
        <source>times question {n}, which the page does not have</source>
        <translation>سوال {n} کے اوقات دیتی ہے، جو اس صفحے میں موجود نہیں</translation>
    </message>
    <message>
        <source>was made for words the page no longer has (sentence {n}); record it again, or run kiosk-pack narrate</source>
        <translation>ان الفاظ کے لیے بنی تھی جو اب صفحے پر نہیں (جملہ {n})؛ اسے دوبارہ ریکارڈ کریں، یا kiosk-pack narrate چلائیں</translation>
    </message>
    <message>
        <source>the medical review was due on {date}; have the pack reviewed again and update [review]</source>
        <translation>طبی جائزہ {date} تک ہونا تھا؛ پیک کا دوبارہ جائزہ کروائیں اور [review] اپ ڈیٹ کریں</translation>
    </message>
    <message>
        <source>its pages use picture_reads, which kiosk software before {needed} does not know: set min_app_version = &quot;{needed}&quot;, so an older kiosk asks for a software update instead of refusing the pack</source>
        <translation>اس کے صفحات picture_reads استعمال کرتے ہیں، جسے {needed} سے پہلے کا کیوسک سافٹ ویئر نہیں جانتا: min_app_version = &quot;{needed}&quot; لکھیں، تاکہ پرانا کیوسک پیک رد کرنے کے بجائے سافٹ ویئر اپ ڈیٹ کرنے کو کہے</translation>
    </message>
    <message>
        <source>page &apos;{page}&apos; says its picture reads across, so the kiosk draws {picture} mirrored for right-to-left readers, and the words in it (&lt;text&gt;) would read backwards. Put the words in [[pages.labels]], or remove picture_reads</source>
        <translation>صفحہ &apos;{page}&apos; کہتا ہے کہ اس کی تصویر الفاظ کی طرح ترتیب سے پڑھی جاتی ہے، اس لیے دائیں سے بائیں پڑھنے والوں کے لیے کیوسک {picture} کو آئینے کی طرح الٹا دکھاتا ہے، اور اس میں لکھے الفاظ (&lt;text&gt;) الٹے پڑھے جائیں گے۔ یہ الفاظ [[pages.labels]] میں لکھیں، یا picture_reads ہٹا دیں</translation>
    </message>
    <message>
        <source>{who}&apos;s review is dated {date}, after today ({today}): the computer that recorded it had its clock wrong; correct that date in pack.toml</source>
        <translation>{who} کے جائزے کی تاریخ {date} لکھی ہے، جو آج ({today}) کے بعد کی ہے: جس کمپیوٹر پر یہ درج ہوا اس کی گھڑی غلط تھی؛ pack.toml میں یہ تاریخ درست کریں</translation>
    </message>
    <message>
        <source>is missing: it is neither a pack folder nor a .kpack file</source>
        <translation>موجود نہیں ہے: یہ نہ پیک فولڈر ہے نہ ⁦.kpack⁩ فائل</translation>
    </message>
    <message>
        <source>sentence {n} ends before it starts</source>
        <translation>جملہ {n} شروع ہونے سے پہلے ختم ہو جاتا ہے</translation>
    </message>
    <message>
        <source>sentence {n} starts before the one before it ends</source>
        <translation>جملہ {n} پچھلا جملہ ختم ہونے سے پہلے شروع ہو جاتا ہے</translation>
    </message>
    <message>
        <source>sentence {n} ends at {end} s, after the sound ends ({length} s)</source>
        <translation>جملہ {n} {end} سیکنڈ پر ختم ہوتا ہے، جبکہ آواز {length} سیکنڈ پر ختم ہو جاتی ہے</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>پڑھی نہیں جا سکتی: {error}</translation>
    </message>
    <message>
        <source>is too big ({size} MB, at most {limit} MB); save it as Ogg Opus at a lower bitrate</source>
        <translation>بہت بڑی ہے ({size} MB، زیادہ سے زیادہ {limit} MB)؛ اسے کم بٹ ریٹ پر Ogg Opus کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>is damaged or is not a sound file the kiosk plays; save it again as Ogg Opus or MP3</source>
        <translation>خراب ہے یا ایسی آواز کی فائل نہیں جو کیوسک چلاتا ہے؛ اسے دوبارہ Ogg Opus یا MP3 کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>is {kind}, which the kiosk does not play; save it again as Ogg Opus or MP3</source>
        <translation>{kind} فائل ہے، جو کیوسک نہیں چلاتا؛ اسے دوبارہ Ogg Opus یا MP3 کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>has a sample rate of {rate} Hz; use 16000 to 48000 Hz</source>
        <translation>اس کا سیمپل ریٹ {rate} Hz ہے؛ 16000 سے 48000 Hz استعمال کریں</translation>
    </message>
    <message>
        <source>has {n} sound channels; save it as mono or stereo</source>
        <translation>اس میں آواز کے {n} چینل ہیں؛ اسے مونو یا اسٹیریو میں محفوظ کریں</translation>
    </message>
    <message>
        <source>holds no sound</source>
        <translation>اس میں کوئی آواز نہیں</translation>
    </message>
    <message>
        <source>lasts {length} minutes; a page&apos;s narration may last at most {limit}</source>
        <translation>{length} منٹ لمبی ہے؛ کسی صفحے کی آواز زیادہ سے زیادہ {limit} منٹ کی ہو سکتی ہے</translation>
    </message>
    <message>
        <source>The installed pack cannot be shown, so the kiosk keeps showing the one it had:</source>
        <translation>انسٹال شدہ پیک دکھایا نہیں جا سکتا، اس لیے کیوسک وہی پیک دکھاتا رہے گا جو پہلے سے تھا:</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk cannot be written to (after disk errors it may have turned read-only). Patients still see the pack in use, but nothing can be installed or saved. Restart the kiosk; if this stays, call IT.</source>
        <translation>کیوسک کی ڈسک پر کچھ لکھا نہیں جا سکتا (ڈسک کی خرابی کے بعد شاید اب اسے صرف پڑھا جا سکتا ہے)۔ مریضوں کو موجودہ پیک دکھائی دیتا رہے گا، لیکن نہ کوئی پیک انسٹال ہو سکتا ہے اور نہ کچھ محفوظ ہو سکتا ہے۔ کیوسک کو دوبارہ شروع کریں؛ اگر پھر بھی یہی ہو تو آئی ٹی عملے سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is almost full ({free} MB left). Patients still see the pack in use, but new packs cannot be installed. Ask IT to free some space.</source>
        <translation>کیوسک کی ڈسک تقریباً بھر گئی ہے (صرف {free} MB باقی ہیں)۔ مریضوں کو موجودہ پیک دکھائی دیتا رہے گا، لیکن نئے پیک انسٹال نہیں ہو سکتے۔ آئی ٹی سے کہیں کہ کچھ جگہ خالی کریں۔</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the kiosk is using its default settings: trusted keys, the update address and the emergency number may be missing. The damaged file is kept as {name}: ask IT to look at it. This note goes once a setting is saved here.</source>
        <translation>ترتیبات کی فائل پڑھی نہیں جا سکی، اس لیے کیوسک اپنی بنیادی ترتیبات پر چل رہا ہے: ہو سکتا ہے قابلِ اعتماد کلیدیں، اپ ڈیٹ کا پتہ اور ایمرجنسی نمبر غائب ہوں۔ خراب فائل {name} کے نام سے محفوظ رکھی گئی ہے: آئی ٹی سے کہیں کہ اسے دیکھیں۔ یہاں کوئی ترتیب محفوظ کرتے ہی یہ پیغام ہٹ جائے گا۔</translation>
    </message>
    <message>
        <source>The usage statistics file was damaged. It is kept as {name}, and counting started again in a new file. Patients&apos; pages are not affected.</source>
        <translation>استعمال کے اعداد و شمار کی فائل خراب ہو گئی تھی۔ اسے {name} کے نام سے الگ رکھ لیا گیا ہے، اور گنتی نئی فائل میں دوبارہ شروع ہو گئی ہے۔ مریضوں کو دکھائے جانے والے صفحات پر اس کا کوئی اثر نہیں۔</translation>
    </message>
    <message>
        <source>Usage statistics cannot be saved at the moment ({reason}). The kiosk keeps showing pages and holds the newest events until they can be saved.</source>
        <translation>استعمال کے اعداد و شمار فی الحال محفوظ نہیں ہو پا رہے ({reason})۔ کیوسک صفحات دکھاتا رہے گا، اور تازہ ترین اندراجات محفوظ ہونے تک اپنے پاس رکھے گا۔</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ڈسک (میموری) بھر گئی ہے</translation>
    </message>
    <message>
        <source>the data folder cannot be written</source>
        <translation>ڈیٹا فولڈر میں لکھا نہیں جا سکتا</translation>
    </message>
    <message>
        <source>the web edition cannot be checked: {reason}. The kiosk&apos;s QR codes point there; check the address, or give --web-edition FOLDER to check a copy</source>
        <translation>ویب ایڈیشن کی جانچ نہیں ہو سکی: {reason}۔ کیوسک کے کیو آر کوڈ اسی پتے پر لے جاتے ہیں؛ پتا چیک کریں، یا اس کی کاپی جانچنے کے لیے ⁦--web-edition FOLDER⁩ دیں</translation>
    </message>
    <message>
        <source>holds no web edition of this pack ({file} is missing): make one with {how}</source>
        <translation>یہاں اس پیک کا کوئی ویب ایڈیشن نہیں ({file} موجود نہیں)۔ بنانے کے لیے: {how}</translation>
    </message>
    <message>
        <source>{file} is damaged: export the web edition again with {how}</source>
        <translation>فائل {file} خراب ہے۔ ویب ایڈیشن دوبارہ بنانے کے لیے: {how}</translation>
    </message>
    <message>
        <source>holds the web edition of another pack ({other}), not {pack}</source>
        <translation>یہاں {pack} کا نہیں بلکہ کسی اور پیک ({other}) کا ویب ایڈیشن ہے</translation>
    </message>
    <message>
        <source>the web edition is older than the pack: it was made from version {old}, the pack is version {new}. Export it again with {how}</source>
        <translation>ویب ایڈیشن پیک سے پرانا ہے: یہ ورژن {old} سے بنا تھا، جبکہ پیک کا ورژن اب {new} ہے۔ دوبارہ بنانے کے لیے: {how}</translation>
    </message>
    <message>
        <source>the web edition was made before the pack&apos;s last changes (same version {version}, other words or files). Export it again with {how}</source>
        <translation>ویب ایڈیشن پیک کی تازہ ترین تبدیلیوں سے پہلے بنا تھا (ورژن وہی {version} ہے، مگر الفاظ یا فائلیں بدل گئی ہیں)۔ دوبارہ بنانے کے لیے: {how}</translation>
    </message>
    <message>
        <source>the web edition is missing {count} page(s) the QR codes open: {pages}. Export it again with {how}</source>
        <translation>ویب ایڈیشن میں کیو آر کوڈ والے کچھ صفحے موجود نہیں (تعداد: {count}): {pages}۔ دوبارہ بنانے کے لیے: {how}</translation>
    </message>
    <message>
        <source>brackets are nested more than {count} deep</source>
        <translation>بریکٹ ایک دوسرے کے اندر {count} سے زیادہ درجے تک ہیں</translation>
    </message>
    <message>
        <source>a key or table name has more than {count} parts</source>
        <translation>کسی کلید یا ٹیبل کے نام کے {count} سے زیادہ حصے ہیں</translation>
    </message>
    <message>
        <source>it has more than {count} [tables]</source>
        <translation>اس میں {count} سے زیادہ [tables] ہیں</translation>
    </message>
    <message>
        <source>it has more than {count} elements</source>
        <translation>اس میں {count} سے زیادہ اجزا ہیں</translation>
    </message>
    <message>
        <source>its elements are nested more than {count} deep</source>
        <translation>اس کے اجزا ایک دوسرے کے اندر {count} سے زیادہ درجے تک ہیں</translation>
    </message>
    <message>
        <source>a &lt;use&gt; draws itself (#{name})</source>
        <translation>ایک ⁦&lt;use&gt;⁩ خود کو ہی بناتا ہے (⁦#{name}⁩)</translation>
    </message>
    <message>
        <source>&lt;use&gt; elements draw each other more than {count} deep</source>
        <translation>⁦&lt;use&gt;⁩ اجزا ایک دوسرے کو {count} سے زیادہ درجے تک بناتے ہیں</translation>
    </message>
    <message>
        <source>drawing it would take more than {count} shapes (&lt;use&gt; elements repeating each other)</source>
        <translation>اسے بنانے میں {count} سے زیادہ شکلیں لگیں گی (⁦&lt;use&gt;⁩ اجزا ایک دوسرے کو دہراتے ہیں)</translation>
    </message>
    <message>
        <source>could not be drawn within {deadline} seconds; the kiosk would stop on its page. Simplify the drawing (fewer shapes or words)</source>
        <translation>{deadline} سیکنڈ میں بن نہیں سکی؛ اس کے صفحے پر کیوسک رک جائے گا۔ تصویر کو سادہ کریں (کم شکلیں یا الفاظ)</translation>
    </message>
    <message>
        <source>takes {seconds} seconds to draw (at most {budget}); patients would wait on its page. Simplify the drawing (fewer shapes or words)</source>
        <translation>بننے میں {seconds} سیکنڈ لگتے ہیں (زیادہ سے زیادہ {budget} سیکنڈ)؛ اس کے صفحے پر مریضوں کو انتظار کرنا پڑے گا۔ تصویر کو سادہ کریں (کم شکلیں یا الفاظ)</translation>
    </message>
    <message>
        <source>has characters none of the kiosk&apos;s fonts can draw: {characters}. Patients would see empty boxes; write them another way or leave them out</source>
        <translation>اس میں ایسے حروف ہیں جنہیں کیوسک کا کوئی بھی فونٹ نہیں دکھا سکتا: {characters}۔ مریضوں کو ان کی جگہ خالی خانے نظر آئیں گے؛ انہیں کسی اور طرح لکھیں یا ہٹا دیں</translation>
    </message>
</context>
<context>
    <name>QrSheet</name>
    <message>
        <source>Scan to read this at home</source>
        <translation>گھر پر پڑھنے کے لیے فون سے اسکین کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>QuizBody</name>
    <message>
        <source>You answered %1 of %2 correctly.</source>
        <translation>آپ کے %2 میں سے %1 جواب صحیح تھے۔</translation>
    </message>
    <message>
        <source>Thank you for trying. Every page you read helps.</source>
        <translation>کوشش کرنے کا شکریہ۔ آپ جو بھی صفحہ پڑھتے ہیں، وہ آپ کے کام آتا ہے۔</translation>
    </message>
    <message>
        <source>Have a question? Ask your doctor.</source>
        <translation>کوئی سوال ہے؟ اپنے ڈاکٹر سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>سوال %1 (کل %2)</translation>
    </message>
    <message>
        <source>That&apos;s right!</source>
        <translation>بالکل صحیح!</translation>
    </message>
    <message>
        <source>Not quite. The right answer is marked.</source>
        <translation>یہ جواب صحیح نہیں۔ صحیح جواب پر نشان لگا دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>میرا نتیجہ دکھائیں</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>اگلا سوال</translation>
    </message>
    <message>
        <source>Well done! You got every answer right.</source>
        <translation>شاباش! آپ کے سب جواب درست ہیں۔</translation>
    </message>
    <message>
        <source>Good work. The pages of this topic explain the ones you missed.</source>
        <translation>اچھی کوشش۔ جو جواب رہ گئے، وہ اس موضوع کے صفحات میں سمجھائے گئے ہیں۔</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Listen</source>
        <translation>سنیں</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Listen again</source>
        <translation>دوبارہ سنیں</translation>
    </message>
    <message>
        <source>Reads this screen aloud</source>
        <translation>اس اسکرین پر لکھا ہوا پڑھ کر سناتا ہے</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>دھیمی</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>درمیانی</translation>
    </message>
    <message>
        <source>loud</source>
        <translation>اونچی</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>آواز: %1</translation>
    </message>
    <message>
        <source>Each tap is louder, then quiet again</source>
        <translation>ہر بار چھونے پر آواز اونچی ہوتی ہے، پھر دوبارہ دھیمی</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Saved. Every page now has a person&apos;s voice in %1.</source>
        <translation>محفوظ ہو گیا۔ اب %1 میں ہر صفحے پر کسی انسان کی آواز ہے۔</translation>
    </message>
    <message>
        <source>Saved “%1”. Next page: read its first sentence.</source>
        <translation>”%1“ محفوظ ہو گیا۔ اگلا صفحہ: اس کا پہلا جملہ پڑھیں۔</translation>
    </message>
    <message>
        <source>The page could not be saved; its old voice is kept:</source>
        <translation>صفحہ محفوظ نہیں ہو سکا؛ اس کی پرانی آواز برقرار ہے:</translation>
    </message>
    <message>
        <source>No other page is waiting for a voice.</source>
        <translation>کوئی اور صفحہ آواز کا منتظر نہیں۔</translation>
    </message>
    <message>
        <source>Tap Record, read the sentence aloud, then tap Stop.</source>
        <translation>”ریکارڈ“ دبائیں، جملہ بلند آواز سے پڑھیں، پھر ”روکیں“ دبائیں۔</translation>
    </message>
    <message>
        <source>Recording: read the sentence, then tap Stop.</source>
        <translation>ریکارڈنگ جاری ہے: جملہ پڑھیں، پھر ”روکیں“ دبائیں۔</translation>
    </message>
    <message>
        <source>Saving the page…</source>
        <translation>صفحہ محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Every sentence is kept. Save the page, or go back to one to redo it.</source>
        <translation>سب جملے رکھ لیے گئے۔ صفحہ محفوظ کریں، یا کسی جملے پر واپس جا کر اسے دوبارہ ریکارڈ کریں۔</translation>
    </message>
    <message>
        <source>The microphone did not open. Check that it is plugged in and not used by another program, then tap Record again.</source>
        <translation>مائیکروفون نہیں کھلا۔ دیکھیں کہ وہ لگا ہوا ہو اور کوئی اور پروگرام اسے استعمال نہ کر رہا ہو، پھر دوبارہ ”ریکارڈ“ دبائیں۔</translation>
    </message>
    <message>
        <source>The microphone stopped (unplugged?). Plug it in and record the sentence again.</source>
        <translation>مائیکروفون بند ہو گیا (شاید نکل گیا ہو)۔ اسے لگا کر جملہ دوبارہ ریکارڈ کریں۔</translation>
    </message>
    <message>
        <source>Nothing was heard. Check that the microphone is plugged in and not muted, then record again.</source>
        <translation>کچھ سنائی نہیں دیا۔ دیکھیں کہ مائیکروفون لگا ہوا ہو اور اس کی آواز بند نہ ہو، پھر دوبارہ ریکارڈ کریں۔</translation>
    </message>
    <message>
        <source>Too loud: the sound is distorted. Move back from the microphone and record again, or keep it.</source>
        <translation>آواز بہت اونچی ہے اور بگڑ گئی ہے۔ مائیکروفون سے تھوڑا پیچھے ہو کر دوبارہ ریکارڈ کریں، یا اسے رکھ لیں۔</translation>
    </message>
    <message>
        <source>Heard, but quietly: come closer to the microphone and record again, or keep it.</source>
        <translation>آواز سنائی دی مگر دھیمی ہے۔ مائیکروفون کے قریب آ کر دوبارہ ریکارڈ کریں، یا اسے رکھ لیں۔</translation>
    </message>
    <message>
        <source>Heard %1 seconds. Listen to it, then keep it or record again.</source>
        <translation>%1 سیکنڈ ریکارڈ ہوئے۔ اسے سن لیں، پھر رکھ لیں یا دوبارہ ریکارڈ کریں۔</translation>
    </message>
    <message>
        <source>Recording in %1: %2</source>
        <translation>%1 میں ریکارڈنگ: %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2 · %3 kept · %4 pages still have no person&apos;s voice</source>
        <translation>جملہ %1 از %2 · %3 رکھے گئے · %4 صفحات پر ابھی کسی انسان کی آواز نہیں</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>سننا بند کریں</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>سنیں</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>رکھ لیں</translation>
    </message>
    <message>
        <source>Save the page</source>
        <translation>صفحہ محفوظ کریں</translation>
    </message>
    <message>
        <source>Skip this page</source>
        <translation>یہ صفحہ چھوڑیں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Previous sentence</source>
        <translation>پچھلا جملہ</translation>
    </message>
    <message>
        <source>Next sentence</source>
        <translation>اگلا جملہ</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>clinician</source>
        <translation>معالج</translation>
    </message>
    <message>
        <source>medical translator</source>
        <translation>طبی مترجم</translation>
    </message>
    <message>
        <source>No clinician has signed off this pack&apos;s medical content yet: it is awaiting clinician review.</source>
        <translation>ابھی کسی معالج نے اس پیک کے طبی مواد کی تصدیق نہیں کی: یہ معالج کے جائزے کا منتظر ہے۔</translation>
    </message>
    <message>
        <source>Its medical review was due on {date}: have it checked again.</source>
        <translation>اس کا طبی جائزہ {date} تک ہونا تھا: اسے دوبارہ چیک کروائیں۔</translation>
    </message>
    <message>
        <source>No medical translator has signed off its Urdu yet.</source>
        <translation>ابھی کسی طبی مترجم نے اس کی اردو کی تصدیق نہیں کی۔</translation>
    </message>
    <message>
        <source>No medical translator has checked its {language} yet.</source>
        <translation>ابھی کسی طبی مترجم نے اس کا {language} متن چیک نہیں کیا۔</translation>
    </message>
    <message>
        <source>Checked by {name} ({role}) on {date}.</source>
        <translation>{date} کو {name} ({role}) نے چیک کیا۔</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The pack has no %1 text: patients start in %2.</source>
        <translation>پیک میں %1 متن نہیں: مریض %2 میں شروع کریں گے۔</translation>
    </message>
    <message>
        <source>%1: the kiosk&apos;s own buttons and prompts are in %2 (no translation of them yet).</source>
        <translation>%1: کیوسک کے اپنے بٹن اور ہدایات %2 میں ہیں (ان کا ترجمہ ابھی نہیں ہوا)۔</translation>
    </message>
    <message>
        <source>That number was not saved: use 2 to 15 digits.</source>
        <translation>یہ نمبر محفوظ نہیں ہوا: 2 سے 15 ہندسے استعمال کریں۔</translation>
    </message>
    <message>
        <source>Saved. It applies from the next patient.</source>
        <translation>محفوظ ہو گیا۔ یہ اگلے مریض سے لاگو ہو گا۔</translation>
    </message>
    <message>
        <source>The new staff PIN is saved.</source>
        <translation>عملے کا نیا پن محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 سیکنڈ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 منٹ</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 منٹ %2 سیکنڈ</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 فیصد</translation>
    </message>
    <message>
        <source>Are you sure? The kiosk will close and the computer&apos;s desktop will show. Patients cannot use it until it is started again.</source>
        <translation>کیا آپ کو یقین ہے؟ کیوسک بند ہو جائے گا اور کمپیوٹر کا ڈیسک ٹاپ نظر آئے گا۔ دوبارہ چلائے جانے تک مریض اسے استعمال نہیں کر سکیں گے۔</translation>
    </message>
    <message>
        <source>Close the kiosk and go to the computer&apos;s desktop (for IT work).</source>
        <translation>کیوسک بند کر کے کمپیوٹر کے ڈیسک ٹاپ پر جائیں (آئی ٹی کے کام کے لیے)۔</translation>
    </message>
    <message>
        <source>Time without a touch before the kiosk starts again for the next patient</source>
        <translation>کتنی دیر کوئی نہ چھوئے تو کیوسک اگلے مریض کے لیے دوبارہ شروع ہو</translation>
    </message>
    <message>
        <source>Language the kiosk starts in</source>
        <translation>کیوسک کس زبان میں شروع ہو</translation>
    </message>
    <message>
        <source>How loud pages are read aloud (patients can change it; the next patient starts here again)</source>
        <translation>صفحے کتنی اونچی آواز میں پڑھ کر سنائے جائیں (مریض اسے بدل سکتے ہیں؛ اگلا مریض پھر یہیں سے شروع کرتا ہے)</translation>
    </message>
    <message>
        <source>Colours patients see first (they can switch with the half-dark circle at the top)</source>
        <translation>مریضوں کو پہلے کون سے رنگ نظر آئیں (وہ اوپر آدھے کالے دائرے سے بدل سکتے ہیں)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>زیادہ واضح رنگ</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>آواز کم کریں</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>آواز بڑھائیں</translation>
    </message>
    <message>
        <source>Emergency number (shown on the help pages)</source>
        <translation>ایمرجنسی نمبر (مدد کے صفحات پر دکھایا جاتا ہے)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <source>Staff PIN (the panel asks for it every time)</source>
        <translation>عملے کا پن (پینل ہر بار یہ پوچھتا ہے)</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>پن بدلیں</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>More</source>
        <translation>زیادہ</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>ڈیسک ٹاپ پر جائیں</translation>
    </message>
    <message>
        <source>Yes, exit</source>
        <translation>ہاں، بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>is not signed</source>
        <translation>دستخط شدہ نہیں ہے</translation>
    </message>
    <message>
        <source>the signature is damaged (not readable)</source>
        <translation>دستخط خراب ہیں (پڑھے نہیں جا سکتے)</translation>
    </message>
    <message>
        <source>the signature is damaged (wrong layout)</source>
        <translation>دستخط خراب ہیں (ڈھانچہ غلط ہے)</translation>
    </message>
    <message>
        <source>the signature uses &apos;{algorithm}&apos;, but the kiosk only accepts {accepted}</source>
        <translation>دستخط میں &apos;{algorithm}&apos; استعمال ہوا ہے، لیکن کیوسک صرف {accepted} قبول کرتا ہے</translation>
    </message>
    <message>
        <source>the signature is damaged (fields missing)</source>
        <translation>دستخط خراب ہیں (کچھ حصے غائب ہیں)</translation>
    </message>
    <message>
        <source>the signature is damaged (bad encoding)</source>
        <translation>دستخط خراب ہیں (انکوڈنگ غلط ہے)</translation>
    </message>
    <message>
        <source>the signature is damaged (wrong length)</source>
        <translation>دستخط خراب ہیں (لمبائی غلط ہے)</translation>
    </message>
    <message>
        <source>is signed with key {key}, which this kiosk does not trust; add its public key to the kiosk&apos;s trusted keys</source>
        <translation>کلید {key} سے دستخط شدہ ہے، جس پر یہ کیوسک اعتماد نہیں کرتا؛ اس کی پبلک کلید (public key) کیوسک کی قابلِ اعتماد کلیدوں میں شامل کریں</translation>
    </message>
    <message>
        <source>has a signature that does not match its contents (damaged or altered)</source>
        <translation>اس کے دستخط اس کے مواد سے میل نہیں کھاتے (فائل خراب ہے یا اس میں ردوبدل کیا گیا ہے)</translation>
    </message>
</context>
<context>
    <name>SortingGame</name>
    <message>
        <source>You sorted %1 of %2 correctly.</source>
        <translation>آپ نے %2 میں سے %1 خلیے صحیح الگ کیے۔</translation>
    </message>
    <message>
        <source>Well done! You sort cells like a real immune system.</source>
        <translation>شاباش! آپ نے بالکل مدافعتی نظام کی طرح خلیے الگ کیے۔</translation>
    </message>
    <message>
        <source>Good try! Every mistake helps you learn.</source>
        <translation>اچھی کوشش! ہر غلطی سے کچھ سیکھنے کو ملتا ہے۔</translation>
    </message>
    <message>
        <source>Is this cell safe, or a danger? Look at its markers.</source>
        <translation>کیا یہ خلیہ محفوظ ہے یا خطرناک؟ اس کے نشان دیکھیں۔</translation>
    </message>
    <message>
        <source>Right! A healthy cell of yours, with its self marker. It is left alone.</source>
        <translation>درست! یہ آپ کا اپنا صحت مند خلیہ ہے، اس پر ”اپنا“ ہونے کا نشان ہے۔ اسے چھوڑ دیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Right! A germ. Antibodies from B cells stick to it, so it can be destroyed.</source>
        <translation>درست! یہ ایک جرثومہ ہے۔ بی سیل کی اینٹی باڈیز اس سے چپک جاتی ہیں تاکہ اسے ختم کیا جا سکے۔</translation>
    </message>
    <message>
        <source>Right! A virus is inside this cell. A T cell attacks it, to stop the virus spreading.</source>
        <translation>درست! اس خلیے کے اندر وائرس ہے۔ ٹی سیل اس پر حملہ کرتا ہے تاکہ وائرس نہ پھیلے۔</translation>
    </message>
    <message>
        <source>Look again: this is a healthy cell of yours, with its self marker. It should be left alone.</source>
        <translation>دوبارہ دیکھیں: یہ آپ کا اپنا صحت مند خلیہ ہے، اس پر ”اپنا“ ہونے کا نشان ہے۔ اسے چھوڑ دینا چاہیے۔</translation>
    </message>
    <message>
        <source>Look closely: this is a germ, with nonself markers. B cells make antibodies against it.</source>
        <translation>غور سے دیکھیں: یہ ایک جرثومہ ہے، اس پر پرائے نشان ہیں۔ بی سیل اس کے خلاف اینٹی باڈیز بناتے ہیں۔</translation>
    </message>
    <message>
        <source>Look closely: this cell of yours has a virus inside. A T cell attacks it, to stop the virus spreading.</source>
        <translation>غور سے دیکھیں: آپ کے اس خلیے میں وائرس ہے۔ ٹی سیل اس پر حملہ کرتا ہے تاکہ وائرس نہ پھیلے۔</translation>
    </message>
    <message>
        <source>In autoimmune disease, the immune system attacks healthy cells of your own by mistake.</source>
        <translation>آٹو امیون بیماری میں مدافعتی نظام غلطی سے آپ کے اپنے صحت مند خلیوں پر حملہ کر دیتا ہے۔</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>میرا نتیجہ دکھائیں</translation>
    </message>
    <message>
        <source>Next cell</source>
        <translation>اگلا خلیہ</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>چھوڑ دیں</translation>
    </message>
    <message>
        <source>Attack it</source>
        <translation>حملہ کریں</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>دوبارہ کھیلیں</translation>
    </message>
    <message>
        <source>What is autoimmune disease?</source>
        <translation>آٹو امیون بیماری کیا ہے؟</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>a US government health agency</source>
        <translation>امریکی حکومت کا صحت کا ادارہ</translation>
    </message>
    <message>
        <source>the UK&apos;s National Health Service (NHS)</source>
        <translation>برطانیہ کی سرکاری صحت سروس (این ایچ ایس)</translation>
    </message>
    <message>
        <source>a medical research article</source>
        <translation>طبی تحقیق کا مضمون</translation>
    </message>
    <message>
        <source>a patients&apos; charity</source>
        <translation>مریضوں کی فلاحی تنظیم</translation>
    </message>
    <message>
        <source>a medical information website</source>
        <translation>طبی معلومات کی ویب سائٹ</translation>
    </message>
    <message>
        <source>a Pakistani news report</source>
        <translation>پاکستانی خبر</translation>
    </message>
    <message>
        <source>the International Society for Stem Cell Research</source>
        <translation>اسٹیم سیل تحقیق کی بین الاقوامی سوسائٹی</translation>
    </message>
    <message>
        <source>the European Medicines Agency</source>
        <translation>یورپی دواؤں کا ادارہ</translation>
    </message>
    <message>
        <source>the US Food and Drug Administration (FDA)</source>
        <translation>امریکی ادارہ برائے خوراک و ادویات (ایف ڈی اے)</translation>
    </message>
    <message>
        <source>NICE, which sets treatment guidance in the UK</source>
        <translation>نائس، جو برطانیہ میں علاج کی رہنمائی طے کرتا ہے</translation>
    </message>
    <message>
        <source>a Pakistani hospital</source>
        <translation>پاکستانی اسپتال</translation>
    </message>
    <message>
        <source>the Drug Regulatory Authority of Pakistan (DRAP)</source>
        <translation>ڈرگ ریگولیٹری اتھارٹی آف پاکستان (ڈریپ)</translation>
    </message>
    <message>
        <source>a group of specialist doctors</source>
        <translation>ماہر ڈاکٹروں کی تنظیم</translation>
    </message>
    <message>
        <source>an archived copy of a US government health page</source>
        <translation>امریکی سرکاری صحت کے صفحے کی محفوظ نقل</translation>
    </message>
    <message>
        <source>a published report</source>
        <translation>شائع شدہ رپورٹ</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>اسٹاف پینل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>پیک</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدیں</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>اپ ڈیٹس</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>استعمال</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Approved treatment</source>
        <translation>منظور شدہ علاج</translation>
    </message>
    <message>
        <source>Specialist centres only</source>
        <translation>صرف ماہر مراکز میں</translation>
    </message>
    <message>
        <source>Experimental: clinical trial only</source>
        <translation>تجرباتی: صرف کلینیکل ٹرائل میں</translation>
    </message>
    <message>
        <source>%1: approved by %2</source>
        <translation>%1: %2 سے منظور شدہ</translation>
    </message>
    <message>
        <source>%1: approved treatment</source>
        <translation>%1: منظور شدہ</translation>
    </message>
    <message>
        <source>%1: specialist centres only</source>
        <translation>%1: صرف ماہر مراکز میں</translation>
    </message>
    <message>
        <source>%1: experimental, clinical trial only</source>
        <translation>%1: تجرباتی، صرف ٹرائل میں</translation>
    </message>
</context>
<context>
    <name>StillReadingOverlay</name>
    <message numerus="yes">
        <source>Starting again in %n seconds</source>
        <translation>
            <numerusform>%n سیکنڈ میں پہلا صفحہ دوبارہ کھل جائے گا</numerusform>
            <numerusform>%n سیکنڈ میں پہلا صفحہ دوبارہ کھل جائے گا</numerusform>
        </translation>
    </message>
    <message>
        <source>Still reading?</source>
        <translation>کیا آپ ابھی پڑھ رہے ہیں؟</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <source>Scan to read this at home</source>
        <translation>گھر پر پڑھنے کے لیے فون سے اسکین کریں</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>مرکزی صفحہ</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>لکھائی کا سائز</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ذرائع</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>یہ معلومات کہاں سے ہیں</translation>
    </message>
    <message>
        <source>The sources of this information, and who checked it</source>
        <translation>ان معلومات کے ذرائع، اور کس نے انہیں چیک کیا</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>زبان بدلیں</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation>زیادہ واضح رنگ: چالو</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>زیادہ واضح رنگ: بند</translation>
    </message>
    <message>
        <source>Black words on white, darker colours</source>
        <translation>سفید پر کالے الفاظ، گہرے رنگ</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <source>No file named %1 was found on a USB stick.</source>
        <translation>یو ایس بی اسٹک پر %1 نامی کوئی فائل نہیں ملی۔</translation>
    </message>
    <message>
        <source>The file %1 is on the USB stick, but it is not saved as text the kiosk can read. Nothing was changed. On a computer, open it in Notepad, choose Save As, set Encoding to UTF-8, and save it again.</source>
        <translation>فائل %1 یو ایس بی اسٹک پر موجود ہے، لیکن یہ ایسے ٹیکسٹ کی صورت میں محفوظ نہیں کی گئی جسے کیوسک پڑھ سکے۔ کچھ نہیں بدلا گیا۔ کمپیوٹر پر اسے ‎Notepad‎ میں کھولیں، ‎Save As‎ چنیں، ‎Encoding‎ کو ‎UTF-8‎ پر رکھیں، اور اسے دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>The file %1 is on the USB stick, but it is far bigger than an address (at most %2 KB). Nothing was changed. Put only the address in it, on its first line.</source>
        <translation>فائل %1 یو ایس بی اسٹک پر موجود ہے، لیکن یہ ایک پتے سے کہیں بڑی ہے (زیادہ سے زیادہ %2 KB)۔ کچھ نہیں بدلا گیا۔ اس میں صرف پتہ لکھیں، پہلی لائن پر۔</translation>
    </message>
    <message>
        <source>The address in the file cannot be used: %1. Nothing was changed.</source>
        <translation>فائل میں لکھا پتہ استعمال نہیں ہو سکتا: %1۔ کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>This address starts with http://, so anyone on the network between the kiosk and that server could change what it sends. Nothing was changed: ask IT for the https:// address.</source>
        <translation>یہ پتہ ‎http://‎ سے شروع ہوتا ہے، اس لیے کیوسک اور اس سرور کے درمیان نیٹ ورک پر کوئی بھی اس کی بھیجی ہوئی چیز بدل سکتا ہے۔ کچھ نہیں بدلا گیا: آئی ٹی سے ‎https://‎ والا پتہ مانگیں۔</translation>
    </message>
    <message>
        <source>This address starts with http://, so anyone on the network between the kiosk and that server could change what it sends. Nothing was changed. If the server is inside the clinic, press the button below to allow it.</source>
        <translation>یہ پتہ ‎http://‎ سے شروع ہوتا ہے، اس لیے کیوسک اور اس سرور کے درمیان نیٹ ورک پر کوئی بھی اس کی بھیجی ہوئی چیز بدل سکتا ہے۔ کچھ نہیں بدلا گیا۔ اگر یہ سرور کلینک کے اندر ہے تو اجازت دینے کے لیے نیچے والا بٹن دبائیں۔</translation>
    </message>
    <message>
        <source>Saved. The kiosk will look for updates at this address.</source>
        <translation>محفوظ ہو گیا۔ کیوسک اس پتے پر اپ ڈیٹس تلاش کرے گا۔</translation>
    </message>
    <message>
        <source>Saved. The kiosk will not look for updates.</source>
        <translation>محفوظ ہو گیا۔ کیوسک اپ ڈیٹس تلاش نہیں کرے گا۔</translation>
    </message>
    <message>
        <source>Not set: this kiosk does not look for updates.</source>
        <translation>مقرر نہیں: یہ کیوسک اپ ڈیٹس تلاش نہیں کرتا۔</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>ابھی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخری جانچ: %1</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>ابھی تک جانچ نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>آخری مسئلہ: %1</translation>
    </message>
    <message>
        <source>The update server answered normally.</source>
        <translation>اپ ڈیٹ سرور نے معمول کے مطابق جواب دیا۔</translation>
    </message>
    <message>
        <source>Downloaded and waiting for the next start screen: %1</source>
        <translation>ڈاؤن لوڈ ہو گیا، اگلی شروعاتی اسکرین کا انتظار ہے: %1</translation>
    </message>
    <message>
        <source>Not taken: version %1, as this kiosk has had it or a newer one before (staff may have gone back from it). The kiosk takes the next newer version.</source>
        <translation>نہیں لیا گیا: ورژن %1، کیونکہ یہ یا اس سے نیا ورژن اس کیوسک پر پہلے آ چکا ہے (ہو سکتا ہے عملہ اس سے پچھلے ورژن پر واپس گیا ہو)۔ کیوسک اگلا نیا ورژن لے گا۔</translation>
    </message>
    <message>
        <source>Not taken: %1</source>
        <translation>نہیں لیا گیا: %1</translation>
    </message>
    <message>
        <source>Last installed from the channel: %1</source>
        <translation>چینل سے آخری بار انسٹال ہوا: %1</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>اپ ڈیٹ کا پتہ</translation>
    </message>
    <message>
        <source>To set it, IT writes the address on the first line of a text file named %1, puts it at the top of a USB stick, and presses the button below.</source>
        <translation>اسے مقرر کرنے کے لیے آئی ٹی والے %1 نامی ٹیکسٹ فائل کی پہلی سطر میں پتہ لکھیں، فائل یو ایس بی اسٹک میں سب سے اوپر رکھیں، اور نیچے والا بٹن دبائیں۔</translation>
    </message>
    <message>
        <source>Read from USB stick</source>
        <translation>یو ایس بی اسٹک سے پڑھیں</translation>
    </message>
    <message>
        <source>Allow: this server is inside the clinic</source>
        <translation>اجازت دیں: یہ سرور کلینک کے اندر ہے</translation>
    </message>
    <message>
        <source>Stop looking for updates</source>
        <translation>اپ ڈیٹس تلاش کرنا بند کریں</translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation>اپ ڈیٹ چینل</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>ابھی جانچیں</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Visits dated after today (up to {date}): {count}. This kiosk&apos;s clock ran ahead while they were counted: check the computer&apos;s clock. Those visits keep the dates it gave them.</source>
        <translation>آج کے بعد کی تاریخ والے وزٹ ({date} تک): {count}۔ جب یہ گنے گئے تو اس کیوسک کی گھڑی آگے چل رہی تھی: کمپیوٹر کی گھڑی چیک کریں۔ یہ وزٹ اُنہی تاریخوں پر رہیں گے جو گھڑی نے دی تھیں۔</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Counting is turned off (below): nothing new is counted.</source>
        <translation>گنتی بند ہے (نیچے دیکھیں): اب کچھ نیا نہیں گنا جا رہا۔</translation>
    </message>
    <message>
        <source>No visits were counted in these days. Figures appear here once patients have used the kiosk.</source>
        <translation>اس مدت میں کوئی وزٹ نہیں گنا گیا۔ مریضوں کے کیوسک استعمال کرنے کے بعد اعداد و شمار یہاں نظر آئیں گے۔</translation>
    </message>
    <message>
        <source>Visits a day</source>
        <translation>روزانہ وزٹ</translation>
    </message>
    <message>
        <source>Visits a week</source>
        <translation>ہفتہ وار وزٹ</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 سے %2 تک</translation>
    </message>
    <message>
        <source>Half of the visits lasted %1 (minutes:seconds) or less.</source>
        <translation>آدھے وزٹ %1 (منٹ:سیکنڈ) یا اس سے کم دیر کے تھے۔</translation>
    </message>
    <message>
        <source>Quiz answers: %1 of %2 right.</source>
        <translation>کوئز کے جواب: %2 میں سے %1 درست۔</translation>
    </message>
    <message>
        <source>Read most</source>
        <translation>سب سے زیادہ پڑھے گئے صفحات</translation>
    </message>
    <message>
        <source>Read least</source>
        <translation>سب سے کم پڑھے گئے صفحات</translation>
    </message>
    <message>
        <source>Where visits ended (the last page read)</source>
        <translation>وزٹ کہاں ختم ہوئے (آخری پڑھا گیا صفحہ)</translation>
    </message>
    <message>
        <source>No page: only the topics</source>
        <translation>کوئی صفحہ نہیں: صرف موضوعات دیکھے</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n وزٹ</numerusform>
            <numerusform>%n وزٹ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Language chosen at the start: %1. Switched %n times.</source>
        <translation>
            <numerusform>شروع میں چنی گئی زبان: %1۔ زبان %n بار بدلی گئی۔</numerusform>
            <numerusform>شروع میں چنی گئی زبان: %1۔ زبان %n بار بدلی گئی۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listened to a page read aloud in %1 of %n visits.</source>
        <translation>
            <numerusform>صفحہ آواز میں سنا گیا: %n میں سے %1 وزٹ میں۔</numerusform>
            <numerusform>صفحہ آواز میں سنا گیا: %n میں سے %1 وزٹ میں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages were read aloud %n times in all.</source>
        <translation>
            <numerusform>صفحہ کل %n بار آواز میں سنا گیا۔</numerusform>
            <numerusform>صفحے کل %n بار آواز میں سنے گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Larger text chosen %n times.</source>
        <translation>
            <numerusform>بڑی لکھائی %n بار چنی گئی۔</numerusform>
            <numerusform>بڑی لکھائی %n بار چنی گئی۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The emergency page opened %n times.</source>
        <translation>
            <numerusform>ایمرجنسی کا صفحہ %n بار کھولا گیا۔</numerusform>
            <numerusform>ایمرجنسی کا صفحہ %n بار کھولا گیا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: read %n times, %2% of them to the end</source>
        <translation>
            <numerusform>%1: %n بار پڑھا گیا، ان میں سے %2% آخر تک</numerusform>
            <numerusform>%1: %n بار پڑھا گیا، ان میں سے %2% آخر تک</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: read %n times</source>
        <translation>
            <numerusform>%1: %n بار پڑھا گیا</numerusform>
            <numerusform>%1: %n بار پڑھا گیا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visits</source>
        <translation>
            <numerusform>%1: %n وزٹ</numerusform>
            <numerusform>%1: %n وزٹ</numerusform>
        </translation>
    </message>
    <message>
        <source>Put a USB stick in the kiosk first, then try again.</source>
        <translation>پہلے کیوسک میں یو ایس بی اسٹک لگائیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Saved %1 events to %2 on the USB stick.</source>
        <translation>یو ایس بی اسٹک پر %2 میں %1 اندراجات محفوظ ہو گئے۔</translation>
    </message>
    <message>
        <source>Could not save the figures; nothing on the kiosk was changed.</source>
        <translation>اعداد و شمار محفوظ نہیں ہو سکے؛ کیوسک پر کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>پچھلے %1 دن</translation>
    </message>
    <message>
        <source>Save as CSV on the USB stick</source>
        <translation>یو ایس بی اسٹک پر ⁦CSV⁩ فائل محفوظ کریں</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>پچھلی مدت</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>اگلی مدت</translation>
    </message>
    <message>
        <source>Count how patients use the kiosk: which pages, how long, in which language. Nothing about who they are is kept.</source>
        <translation>حساب رکھیں کہ مریض کیوسک کیسے استعمال کرتے ہیں: کون سے صفحات، کتنی دیر، کس زبان میں۔ مریض کون ہیں، اس بارے میں کچھ محفوظ نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>گنتی کریں</translation>
    </message>
    <message>
        <source>Do not count</source>
        <translation>گنتی نہ کریں</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>Read aloud in %1: %2 of %3 pages by a person, %4 by a machine&apos;s draft, %5 not recorded.</source>
        <translation>%1 میں آواز: %3 میں سے %2 صفحات کسی انسان کی آواز میں، %4 مشین کے عارضی مسودے میں، %5 ریکارڈ نہیں۔</translation>
    </message>
</context>
<context>
    <name>WebEdition</name>
    <message>
        <source>All topics</source>
        <translation>تمام موضوعات</translation>
    </message>
    <message>
        <source>In this topic</source>
        <translation>اس موضوع میں</translation>
    </message>
    <message>
        <source>Listen to this page</source>
        <translation>یہ صفحہ سنیں</translation>
    </message>
    <message>
        <source>Listen to this page (a computer&apos;s voice)</source>
        <translation>یہ صفحہ سنیں (کمپیوٹر کی آواز میں)</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>یہ معلومات کہاں سے ہیں</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>سوال {number}</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>جواب دیکھیں</translation>
    </message>
    <message>
        <source>Right answer: {answer}</source>
        <translation>صحیح جواب: {answer}</translation>
    </message>
    <message>
        <source>No doctor has checked this information yet. It is waiting for a doctor&apos;s review, so ask your doctor before you act on it.</source>
        <translation>ابھی کسی ڈاکٹر نے یہ معلومات چیک نہیں کیں، ڈاکٹر کا جائزہ ابھی باقی ہے۔ اس لیے ان پر عمل کرنے سے پہلے اپنے ڈاکٹر سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Next check due {date}.</source>
        <translation>ان معلومات کی اگلی جانچ {date} تک ہونی ہے۔</translation>
    </message>
    <message>
        <source>Version {version} of this information.</source>
        <translation>ان معلومات کا ورژن {version}۔</translation>
    </message>
    <message>
        <source>This is information for learning. It does not replace your doctor: talk to your doctor before you start, stop or change any treatment.</source>
        <translation>یہ معلومات صرف سمجھنے کے لیے ہیں، یہ ڈاکٹر کی جگہ نہیں لے سکتیں۔ کوئی بھی علاج شروع کرنے، بند کرنے یا بدلنے سے پہلے اپنے ڈاکٹر سے بات کریں۔</translation>
    </message>
    <message>
        <source>In an emergency, call {number}.</source>
        <translation>ایمرجنسی میں {number} پر فون کریں۔</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اپنی زبان چنیں</translation>
    </message>
    <message>
        <source>Picture: {title}</source>
        <translation>تصویر: {title}</translation>
    </message>
    <message>
        <source>Approved treatment</source>
        <translation>منظور شدہ علاج</translation>
    </message>
    <message>
        <source>Specialist centres only</source>
        <translation>صرف ماہر مراکز میں</translation>
    </message>
    <message>
        <source>Experimental: clinical trial only</source>
        <translation>تجرباتی: صرف کلینیکل ٹرائل میں</translation>
    </message>
    <message>
        <source>{name}: approved treatment</source>
        <translation>{name}: منظور شدہ علاج</translation>
    </message>
    <message>
        <source>{name}: specialist centres only</source>
        <translation>{name}: صرف ماہر مراکز میں</translation>
    </message>
    <message>
        <source>{name}: experimental, clinical trial only</source>
        <translation>{name}: تجرباتی، صرف کلینیکل ٹرائل میں</translation>
    </message>
    <message>
        <source>{name}: approved by {body}</source>
        <translation>{name}: {body} سے منظور شدہ</translation>
    </message>
</context>
</TS>
