// The translations (resources/translations): the compiled English plural forms say "1 district"
// and "514 districts", not "district(s)"; every message of both .ts files is finished and keeps
// every placeholder of its source (%1, %n, %Ln: a lost one prints the wrong figure or none).
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishPlurals_data();
    void englishPlurals();
    void messagesKeepPlaceholders_data();
    void messagesKeepPlaceholders();
};

void TestTranslations::englishPlurals_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QString cli = u"Lengkap::Cli"_s;
    QTest::newRow("one district") << cli << u"%n district(s)"_s << 1 << u"1 district"_s;
    QTest::newRow("514 districts") << cli << u"%n district(s)"_s << 514 << u"514 districts"_s;
    QTest::newRow("one empty row")
        << cli << u"%n empty row(s) skipped"_s << 1 << u"1 empty row skipped"_s;
    QTest::newRow("replaced districts")
        << cli << u"replaced the earlier data of %n district(s) (kept in the server's history)"_s
        << 2 << u"replaced the earlier data of 2 districts (kept in the server's history)"_s;
    QTest::newRow("a scenario's changes") << u"Lengkap::ScenarioController"_s << u"%n change(s)"_s << 1
                                          << u"1 change"_s;
}

void TestTranslations::englishPlurals()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QTranslator english;
    QVERIFY(english.load(u":/lengkap/i18n/lengkap_en.qm"_s));
    QCoreApplication::installTranslator(&english);
    const QString made = QCoreApplication::translate(context.toUtf8().constData(),
                                                     source.toUtf8().constData(), nullptr, n);
    QCoreApplication::removeTranslator(&english);
    QCOMPARE(made, expected);
}

void TestTranslations::messagesKeepPlaceholders_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("Indonesian") << u"lengkap_id.ts"_s;
    QTest::newRow("English plurals") << u"lengkap_en.ts"_s;
}

void TestTranslations::messagesKeepPlaceholders()
{
    QFETCH(QString, file);
    QFile ts(QStringLiteral(LENGKAP_SOURCE_DIR) + u"/resources/translations/"_s + file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    static const QRegularExpression placeholder(u"%L?(?:n|[1-9])"_s);
    auto placeholders = [](const QString &text) {
        QSet<QString> found;
        for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
            found.insert(m.captured());
        return found;
    };
    QXmlStreamReader xml(&ts);
    QString source;
    QStringList translations;
    bool unfinished = false;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message") {
            source.clear();
            translations.clear();
            unfinished = false;
        } else if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation") {
            unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                translations.append(xml.text().toString());
        } else if (xml.isStartElement() && xml.name() == u"numerusform") {
            translations.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++messages;
            QVERIFY2(!unfinished, qPrintable(u"unfinished: "_s + source));
            QVERIFY2(!translations.isEmpty(), qPrintable(u"no translation: "_s + source));
            for (const QString &translation : std::as_const(translations)) {
                QVERIFY2(!translation.isEmpty(), qPrintable(u"empty translation: "_s + source));
                QVERIFY2(placeholders(translation) == placeholders(source),
                         qPrintable(source + u" -> "_s + translation));
                if (file == u"lengkap_en.ts"_s)
                    QVERIFY2(!translation.contains(u"(s)"_s), qPrintable(translation));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages >= 30);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
