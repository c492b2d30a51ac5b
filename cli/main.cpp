// Replaced by the real command dispatcher (cli/commands.cpp) in the foundation work.
#include <QCoreApplication>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return 0;
}
